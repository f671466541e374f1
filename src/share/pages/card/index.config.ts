export default definePageConfig({
  navigationBarTitleText: '提醒家人',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
