import Taro from '@tarojs/taro'
import { isH5 } from './env'
import { classifyError, failure, success, type PlatformResult } from './result'

async function copyInBrowser(text: string): Promise<PlatformResult> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text)
      return success()
    } catch {
      // Falls through to the textarea route, which works without the async clipboard permission.
    }
  }
  if (typeof document === 'undefined') return failure('unsupported', 'no document')
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  document.body.removeChild(area)
  return copied ? success() : failure('failed', 'execCommand copy failed')
}

/**
 * Copies text for the user to paste elsewhere. On weapp this is a privacy-protected API:
 * a refused consent comes back as `denied`.
 */
export async function copyText(text: string): Promise<PlatformResult> {
  if (isH5) return copyInBrowser(text)
  try {
    await Taro.setClipboardData({ data: text })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}
