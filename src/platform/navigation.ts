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

/** WeChat keeps at most 10 pages open; past that, navigateTo fails. */
const MAX_OPEN_PAGES = 10

/** Whether opening one more page would pass WeChat's limit of open pages. */
export function pageStackFull(): boolean {
  return Taro.getCurrentPages().length >= MAX_OPEN_PAGES
}

/** Opens a page in place of the current one (the current one closes). */
export function replacePage(url: string, params?: Record<string, string>): Promise<PlatformResult> {
  return attempt(() => Taro.redirectTo({ url: withQuery(url, params) }))
}

/** Opens a tab-bar page. */
export function openTab(url: string): Promise<PlatformResult> {
  return attempt(() => Taro.switchTab({ url }))
}

/**
 * Returns to the previous page, or to the tab `orTab` when no page is behind this one: a page opened
 * on its own (from a shared link, or reloaded in the browser) has none. There WeChat's navigateBack
 * fails, and Taro's H5 router reloads the page, showing the form just saved again.
 */
export function goBack(orTab: string): Promise<PlatformResult> {
  if (Taro.getCurrentPages().length <= 1) return openTab(orTab)
  return attempt(() => Taro.navigateBack({ delta: 1 }))
}
