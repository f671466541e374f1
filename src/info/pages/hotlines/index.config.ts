export default definePageConfig({
  navigationBarTitleText: '官方电话',
})
