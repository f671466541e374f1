import Taro from '@tarojs/taro'
import { attempt, type PlatformResult } from './result'

// Its own module, apart from navigation.ts: only the checker (a subpackage) scrolls, so this stays out of the main package.

/** Scrolls the page so the element matching `selector` is at the top: the checker's verdict after 「检查」. Taro does it on WeChat and H5 alike. */
export function scrollToElement(selector: string): Promise<PlatformResult> {
  return attempt(() => Taro.pageScrollTo({ selector, duration: 200 }))
}
