import Taro from '@tarojs/taro'
import { attempt, attemptValue, type PlatformResult } from './result'

/**
 * Copies text for the user to paste elsewhere. On WeChat this is a privacy-protected API: a
 * refused consent comes back as `denied`. (The browser version is clipboard.h5.ts.)
 */
export async function copyText(text: string): Promise<PlatformResult> {
  return attempt(() => Taro.setClipboardData({ data: text }))
}

/** Reads what the user copied, for 「粘贴」. Privacy-protected on WeChat: a refusal is `denied`. */
export async function readClipboard(): Promise<PlatformResult<string>> {
  return attemptValue(async () => (await Taro.getClipboardData()).data)
}
