export default definePageConfig({
  navigationBarTitleText: '被骗不是你的错',
})
