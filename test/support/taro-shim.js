// Stands in for @tarojs/taro under jest. taro-h5's default export has no API methods (the real
// build rewrites Taro.x() calls), and page hooks need a running Taro app, so both are recreated here.
const React = require('react')
const h5 = require('@tarojs/taro-h5')

const Taro = Object.assign({}, h5.default, h5)

// Run once, like a page lifecycle hook; the callback is deliberately read only at mount.
const useOnMount = (callback) => React.useEffect(() => void callback({}), [])
const useOnUnmount = (callback) => React.useEffect(() => () => void callback(), [])

Object.assign(Taro, {
  useLaunch: useOnMount,
  useLoad: useOnMount,
  useReady: useOnMount,
  useDidShow: useOnMount,
  useDidHide: useOnUnmount,
  useUnload: useOnUnmount,
  usePullDownRefresh: () => undefined,
  useReachBottom: () => undefined,
  usePageScroll: () => undefined,
  useShareAppMessage: () => undefined,
  useShareTimeline: () => undefined,
  useRouter: () => (h5.Current && h5.Current.router) || { params: {}, path: '' },
})

module.exports = Taro
module.exports.default = Taro
