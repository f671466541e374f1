export default definePageConfig({
  navigationBarTitleText: '防骗提醒',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
