import { useState } from 'react'
import { newId } from '@/lib/ids'
import { confirm, showToast } from '@/platform/feedback'
import { saveFailedMessage } from '@/services/save-feedback'
import { useSingleFlight } from '@/ui/use-single-flight'
import { pendingReminders } from '../model'
import { reminderFromDraft, type ReminderDraft, type ReminderField } from '../draft'
import { reminderActions, useReminders } from '../store'

type Allowed = { allowPast?: boolean; allowFar?: boolean }

/** Asks about a time in the past or two years ahead; true when the user keeps it. */
async function confirmTime(kind: 'past' | 'far'): Promise<boolean> {
  if (kind === 'past') {
    return confirm({
      title: '这个时间已经过去了',
      content: '保存后它会马上显示为“已逾期”。要保存吗？也可以改成以后的时间。',
      confirmText: '仍然保存',
      cancelText: '改时间',
    })
  }
  return confirm({ title: '请确认时间', content: '这个提醒在两年以后，确定没有选错年份吗？', confirmText: '没选错', cancelText: '改时间' })
}

/**
 * Saving the reminder editor's draft: checked, confirmed when the time looks wrong, written, and the
 * stored draft cleared only once the reminder is saved. One save at a time.
 */
export function useSaveReminder(draft: ReminderDraft, clearDraft: () => Promise<unknown>, onSaved: () => void) {
  const [errors, setErrors] = useState<Partial<Record<ReminderField, string>>>({})

  /** Saves and leaves; returns whether it did, so the tap guard stays locked once the page is leaving. */
  const save = async (allowed: Allowed = {}): Promise<boolean> => {
    const now = Date.now()
    const pendingCount = pendingReminders(useReminders.getState().reminders).length
    const checked = reminderFromDraft(draft, { id: newId(now), now, pendingCount, ...allowed })
    if (checked.ok) {
      const saved = await reminderActions.upsert(checked.reminder)
      if (!saved.ok) {
        setErrors({ limit: saveFailedMessage(saved) })
        return false
      }
      await clearDraft()
      showToast('已保存', 'success')
      onSaved()
      return true
    }
    if (checked.confirm === 'past' && (await confirmTime('past'))) return save({ ...allowed, allowPast: true })
    if (checked.confirm === 'far' && (await confirmTime('far'))) return save({ ...allowed, allowFar: true })
    setErrors(checked.errors)
    return false
  }
  return { errors, saveOnce: useSingleFlight(() => save()) }
}
