export default definePageConfig({
  navigationBarTitleText: '法律依据',
})
