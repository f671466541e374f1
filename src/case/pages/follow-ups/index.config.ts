export default definePageConfig({
  navigationBarTitleText: '添加跟进提醒',
})
