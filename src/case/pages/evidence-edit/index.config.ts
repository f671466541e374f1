export default definePageConfig({
  navigationBarTitleText: '记录证据',
})
