export default definePageConfig({
  navigationBarTitleText: '被骗急救',
  // WeChat shows home's cached view before the logic layer has started. Home's first render reads
  // nothing from storage (the case summary fills in after), so the cache is the same for everyone.
  initialRenderingCache: 'static',
})
