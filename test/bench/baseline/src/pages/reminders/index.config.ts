export default definePageConfig({ navigationBarTitleText: '基线' })
