import Taro from '@tarojs/taro'
import { attempt, type PlatformResult } from './result'

/**
 * Copies text for the user to paste elsewhere. On WeChat this is a privacy-protected API: a
 * refused consent comes back as `denied`. (The browser version is clipboard.h5.ts.)
 */
export async function copyText(text: string): Promise<PlatformResult> {
  return attempt(() => Taro.setClipboardData({ data: text }))
}
