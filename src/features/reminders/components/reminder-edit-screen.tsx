import { useState } from 'react'
import { View } from '@tarojs/components'
import { atTimeOfDay } from '@/lib/time'
import { goBack } from '@/platform/navigation'
import { ROUTES } from '@/lib/routes'
import { draftFromReminder, type ReminderDraft } from '../draft'
import { useReminders } from '../store'
import { ReminderEditor } from './reminder-editor'

/** A new reminder defaults to tomorrow at 10:00, a time when offices answer the phone. */
function newDraft(now: number): ReminderDraft {
  const dueAt = atTimeOfDay(now, 1, 10)
  // Every field present, so that a stored draft can be restored over it field by field.
  return { target: undefined, title: '', dueAt, repeat: 'none', contactNumber: '', contactLabel: '', note: '' }
}

export function ReminderEditScreen({ id }: { id?: string }) {
  const reminder = useReminders((state) => state.reminders.find((item) => item.id === id))
  const [fresh] = useState(() => newDraft(Date.now()))
  if (id && !reminder) return <View className='bj-card'>找不到这条提醒，可能已经删除了。</View>
  return <ReminderEditor initial={reminder ? draftFromReminder(reminder) : fresh} onSaved={() => void goBack(ROUTES.reminders)} />
}
