export default definePageConfig({
  navigationBarTitleText: '我的处置计划',
})
