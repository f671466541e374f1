import Taro from '@tarojs/taro'

/** WeChat scene 1154: a page opened from Moments in single-page mode, with no storage or navigation. */
const MOMENTS_SINGLE_PAGE_SCENE = 1154

/** Whether this page was opened from Moments in single-page mode. The browser's is env.h5.ts. */
export function isSinglePageMode(): boolean {
  try {
    return Taro.getEnterOptionsSync().scene === MOMENTS_SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}
