import { View } from '@tarojs/components'
import { TapButton } from '@/components/tap-button'
import { formatDateTime } from '@/lib/time'
import { CALENDAR_KIND } from '@/platform/calendar'
import { confirm } from '@/platform/feedback'
import { HOTLINES } from '@/content/hotlines'
import { dial } from '@/features/calls'
import { UNVERIFIED_NUMBER_LABEL, displayNumber, verifiedHotlineFor } from '@/features/hotlines'
import { addReminderToCalendar, snoozeWithChoice } from '../actions'
import { REPEAT_LABELS, countdownLabel, isOverdue, targetLabel, type Reminder } from '../model'
import { reminderActions } from '../store'
import { reportIfNotSaved } from '@/components/save-feedback'

/**
 * The number to call for a follow-up. A number from the directory shows its name; any other number
 * is the user's own and says so, so that a number a scammer gave never looks official.
 */
function ContactCall({ reminderId, number }: { reminderId: string; number: string }) {
  const verified = verifiedHotlineFor(HOTLINES, number)
  const target = verified ? { number, label: verified.name, display: displayNumber(verified) } : { number, label: UNVERIFIED_NUMBER_LABEL }
  return (
    <View className='bj-reminder__contact'>
      {verified ? null : (
        <View id={`reminder-unverified-${reminderId}`} className='bj-reminder__unverified'>
          {UNVERIFIED_NUMBER_LABEL}
        </View>
      )}
      <TapButton
        id={`reminder-call-${reminderId}`}
        tone='primary'
        className='bj-reminder__call'
        label={`拨打${target.label} ${target.display ?? number}`}
        onTap={() => void dial(target)}
      >
        拨打 {verified ? `${verified.name} ` : ''}
        {target.display ?? number}
      </TapButton>
    </View>
  )
}

interface ReminderCardProps {
  reminder: Reminder
  now: number
  calendarAddedAt?: number
  /** Why the reminders cannot be changed now, if they cannot: every changing action is disabled with it. */
  readOnly?: string
  onEdit: () => void
}

/** One pending reminder: what, with whom, when, a live countdown, and what can be done with it. */
export function ReminderCard({ reminder, now, calendarAddedAt, readOnly, onEdit }: ReminderCardProps) {
  const locked = { disabled: Boolean(readOnly), label: readOnly }
  const overdue = isOverdue(reminder, now)
  const removeAfterAsking = async () => {
    const sure = await confirm({ title: '删除这条提醒？', content: reminder.title, confirmText: '删除', cancelText: '不删了', danger: true })
    if (sure) reportIfNotSaved(await reminderActions.remove(reminder.id))
  }
  const complete = async () => reportIfNotSaved(await reminderActions.complete(reminder.id, Date.now()))
  return (
    <View id={`reminder-${reminder.id}`} className={`bj-reminder${overdue ? ' bj-reminder--overdue' : ''}`}>
      <View className='bj-reminder__head'>
        <View className='bj-reminder__target'>{targetLabel(reminder.target)}</View>
        <View className={`bj-reminder__countdown${overdue ? ' bj-reminder__countdown--overdue' : ''}`}>{countdownLabel(reminder.dueAt, now)}</View>
      </View>
      <View className='bj-reminder__title'>{reminder.title}</View>
      <View className='bj-muted'>
        {formatDateTime(reminder.dueAt)}
        {reminder.repeat !== 'none' ? ` · ${REPEAT_LABELS[reminder.repeat]}` : ''}
        {calendarAddedAt ? ' · 已加入日历' : ''}
      </View>
      {reminder.note ? <View className='bj-reminder__note'>{reminder.note}</View> : null}
      {reminder.contact ? <ContactCall reminderId={reminder.id} number={reminder.contact.number} /> : null}
      <View className='bj-reminder__actions'>
        <TapButton id={`reminder-done-${reminder.id}`} {...locked} tone='success' className='bj-reminder__action' onTap={() => void complete()}>
          {reminder.repeat === 'none' ? '完成' : '这次完成'}
        </TapButton>
        <TapButton id={`reminder-snooze-${reminder.id}`} {...locked} tone='plain' className='bj-reminder__action' onTap={() => void snoozeWithChoice(reminder)}>
          稍后
        </TapButton>
      </View>
      <View className='bj-reminder__actions'>
        <TapButton id={`reminder-calendar-${reminder.id}`} {...locked} tone='plain' className='bj-reminder__action' onTap={() => void addReminderToCalendar(reminder)}>
          {CALENDAR_KIND === 'phone' ? '添加到手机日历' : '下载日历文件'}
        </TapButton>
        <TapButton id={`reminder-edit-${reminder.id}`} {...locked} tone='plain' className='bj-reminder__action bj-reminder__action--narrow' onTap={onEdit}>
          编辑
        </TapButton>
        <TapButton
          id={`reminder-delete-${reminder.id}`}
          {...locked}
          tone='plain'
          className='bj-reminder__action bj-reminder__action--narrow'
          onTap={() => void removeAfterAsking()}
        >
          删除
        </TapButton>
      </View>
    </View>
  )
}
