import Taro from '@tarojs/taro'

/** WeChat's default body text size in px; the user's setting is compared against it. */
const WECHAT_DEFAULT_FONT_PX = 16

/**
 * How much larger the user has set WeChat's text (我 › 设置 › 通用 › 字体大小), as a factor ≥ 1.
 * Only WeChat reports it; in the browser (system.h5.ts) its own zoom already applies.
 */
export function systemFontScale(): number {
  try {
    // Taro's typing of getAppBaseInfo omits fontSizeSetting, which WeChat does return.
    const info = Taro.getAppBaseInfo() as { fontSizeSetting?: number }
    const setting = Number(info.fontSizeSetting)
    if (!Number.isFinite(setting) || setting <= 0) return 1
    return Math.min(1.6, Math.max(1, setting / WECHAT_DEFAULT_FONT_PX))
  } catch {
    return 1
  }
}

/** The input type for an amount: WeChat's digit keyboard (a browser's number field would drop 「¥」 and 「,」). */
export const AMOUNT_INPUT_TYPE: 'digit' | 'text' = 'digit'

/** Where the app keeps the user's records, in the words of the privacy statement. */
export const STORAGE_PLACE: string = '微信为本小程序在这部手机上单独保留的存储空间，并加密保存'
