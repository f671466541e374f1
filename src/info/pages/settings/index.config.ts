export default definePageConfig({
  navigationBarTitleText: '设置与数据',
})
