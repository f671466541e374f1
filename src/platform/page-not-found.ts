import Taro from '@tarojs/taro'

/**
 * Sends a link to a page that does not exist (an old share, a typo) to home, where 110 is one tap
 * away, instead of WeChat's blank 「页面不存在」. WeChat asks for the redirect in the same tick.
 */
export function sendUnknownPagesHome(home: string, _known: readonly string[]): void {
  Taro.onPageNotFound(() => {
    Taro.switchTab({ url: home }).catch(() => Taro.reLaunch({ url: home }))
  })
}
