import { TAB_ROUTES } from '@/lib/routes'
import { openPage, openTab, pageStackFull, replacePage } from '@/platform/navigation'
import { showToast } from '@/platform/feedback'

/**
 * Opens a page (or switches to a tab). With WeChat's 10 pages already open, the page takes the
 * current one's place instead of failing. If it still does not open, says so instead of doing nothing.
 */
export async function navigate(url: string, params?: Record<string, string>): Promise<void> {
  const open = TAB_ROUTES.includes(url) ? openTab : pageStackFull() ? replacePage : openPage
  const opened = await open(url, params)
  if (!opened.ok) showToast('页面没有打开，请再试一次。紧急情况请直接拨打 110。')
}
