import Taro from '@tarojs/taro'
import { classifyError, success, type PlatformResult } from './result'

function withQuery(url: string, params?: Record<string, string>): string {
  if (!params) return url
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${url}?${query}` : url
}

/** Opens a page that is not on the tab bar. */
export async function openPage(url: string, params?: Record<string, string>): Promise<PlatformResult> {
  try {
    await Taro.navigateTo({ url: withQuery(url, params) })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

/** Opens a tab-bar page. */
export async function openTab(url: string): Promise<PlatformResult> {
  try {
    await Taro.switchTab({ url })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

/** Returns to the previous page. */
export async function goBack(): Promise<PlatformResult> {
  try {
    await Taro.navigateBack({ delta: 1 })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}
