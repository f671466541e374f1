export default definePageConfig({
  navigationBarTitleText: '跟进提醒',
})
