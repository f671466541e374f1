import Taro from '@tarojs/taro'

/** Which build this is. TARO_ENV is replaced at build time, so dead branches drop out of each bundle. */
export const isWeapp = process.env.TARO_ENV === 'weapp'
export const isH5 = process.env.TARO_ENV === 'h5'

/** WeChat scene 1154: a page opened from Moments in single-page mode, with no storage or navigation. */
const MOMENTS_SINGLE_PAGE_SCENE = 1154

export function isSinglePageMode(): boolean {
  if (!isWeapp) return false
  try {
    return Taro.getEnterOptionsSync().scene === MOMENTS_SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}
