export default definePageConfig({
  navigationBarTitleText: '被骗急救',
})
