import Taro from '@tarojs/taro'

/**
 * Calls back when the app goes to the background: WeChat may end it there without another word,
 * so anything not yet written must be written now. The browser's is lifecycle.h5.ts.
 */
export function onAppHide(listener: () => void): () => void {
  Taro.onAppHide(listener)
  return () => Taro.offAppHide(listener)
}
