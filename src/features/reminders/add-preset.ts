import type { FollowUpPreset } from '@/content/follow-ups'
import { HOTLINES } from '@/content/hotlines'
import { newId } from '@/lib/ids'
import { formatDateTime } from '@/lib/time'
import { showToast } from '@/platform/feedback'
import { callableHotline } from '@/features/hotlines'
import { saveFailedMessage } from '@/services/save-feedback'
import { MAX_PENDING, pendingReminders } from './model'
import { reminderFromPreset } from './presets'
import { reminderActions, useReminders } from './store'

/** Adds a suggested follow-up in one tap. Refuses, with a message, past the 200 pending reminders. */
export async function addPreset(preset: FollowUpPreset, now: number = Date.now()): Promise<boolean> {
  if (pendingReminders(useReminders.getState().reminders).length >= MAX_PENDING) {
    showToast(`待办提醒最多 ${MAX_PENDING} 条，请先完成或删除一些`)
    return false
  }
  const hotline = preset.hotlineId ? callableHotline(HOTLINES, preset.hotlineId) : undefined
  const contact = hotline ? { number: hotline.dial, label: hotline.name } : undefined
  const reminder = reminderFromPreset(preset, contact, newId(now), now)
  const saved = await reminderActions.upsert(reminder)
  if (!saved.ok) {
    showToast(saveFailedMessage(saved))
    return false
  }
  // Says when, so the user knows what they agreed to; text-only, as a success toast cuts at 7 characters.
  showToast(`已添加：${formatDateTime(reminder.dueAt)}`)
  return true
}
