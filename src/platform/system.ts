import Taro from '@tarojs/taro'
import { isWeapp } from './env'

/** WeChat's default body text size in px; the user's setting is compared against it. */
const WECHAT_DEFAULT_FONT_PX = 16

/**
 * How much larger the user has set WeChat's text (我 › 设置 › 通用 › 字体大小), as a factor ≥ 1.
 * Only WeChat reports it; elsewhere the browser's own zoom already applies.
 */
export function systemFontScale(): number {
  if (!isWeapp) return 1
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
