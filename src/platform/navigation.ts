import Taro from '@tarojs/taro'
import { attempt, type PlatformResult } from './result'

function withQuery(url: string, params?: Record<string, string>): string {
  if (!params) return url
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return query ? `${url}?${query}` : url
}

/** Opens a page that is not on the tab bar. */
export function openPage(url: string, params?: Record<string, string>): Promise<PlatformResult> {
  return attempt(() => Taro.navigateTo({ url: withQuery(url, params) }))
}

/** Opens a tab-bar page. */
export function openTab(url: string): Promise<PlatformResult> {
  return attempt(() => Taro.switchTab({ url }))
}

/** Returns to the previous page. */
export function goBack(): Promise<PlatformResult> {
  return attempt(() => Taro.navigateBack({ delta: 1 }))
}
