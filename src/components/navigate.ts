import { TAB_ROUTES } from '@/lib/routes'
import { openPage, openTab } from '@/platform/navigation'
import { showToast } from '@/platform/feedback'

/** Opens a page (or switches to a tab); if it does not open, says so instead of doing nothing. */
export async function navigate(url: string, params?: Record<string, string>): Promise<void> {
  const opened = TAB_ROUTES.includes(url) ? await openTab(url) : await openPage(url, params)
  if (!opened.ok) showToast('页面没有打开，请再试一次。紧急情况请直接拨打 110。')
}
