import { showToast } from '@/platform/feedback'
import type { PlatformResult } from '@/platform/result'

/** What to tell the user when a change could not be saved, by why it failed. */
export function saveFailedMessage(result: { reason: string; message: string }): string {
  if (result.reason === 'quota') return '手机上的存储空间满了，没能保存。可以到“更多 → 设置与数据”导出后清理，再试一次。'
  if (result.reason === 'blocked') return result.message
  return '没能保存到手机上，请再试一次。已经保存的内容不受影响。'
}

/** Shows why a change was not saved. Returns whether it was saved, for callers that go on only then. */
export function reportIfNotSaved(result: PlatformResult<unknown>): boolean {
  if (result.ok) return true
  showToast(saveFailedMessage(result))
  return false
}
