export default definePageConfig({
  navigationBarTitleText: '这是不是诈骗？',
})
