export default definePageConfig({
  navigationBarTitleText: '紧急处置',
})
