import { useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { formatDateTime } from '@/lib/time'
import { CALENDAR_KIND } from '@/platform/calendar'
import { confirm } from '@/platform/feedback'
import { HOTLINES } from '@/content/hotlines'
import { dial } from '@/features/calls'
import { UNVERIFIED_NUMBER_LABEL, displayNumber, verifiedHotlineFor } from '@/features/hotlines'
import { addReminderToCalendar, snoozeWithChoice } from '../actions'
import { REPEAT_LABELS, countdownLabel, isOverdue, targetLabel, type Reminder } from '../model'
import { reminderActions } from '../store'
import { reportIfNotSaved } from '@/services/save-feedback'

/**
 * The card's one main action. A follow-up with a verified number: 「打电话」. Anything else:
 * 「去处理」, which dials the number the user typed (labelled unverified) or opens the reminder.
 */
function MainAction({ reminder, onEdit }: { reminder: Reminder; onEdit: () => void }) {
  const number = reminder.contact?.number
  const verified = number ? verifiedHotlineFor(HOTLINES, number) : undefined
  if (verified && number) {
    const shown = displayNumber(verified)
    return (
      <TapButton
        id={`reminder-call-${reminder.id}`}
        tone='primary'
        className='bj-reminder__action'
        label={`打电话给${verified.name} ${shown}`}
        onTap={() => dial({ number, label: verified.name, display: shown })}
      >
        打电话 · {verified.name} {shown}
      </TapButton>
    )
  }
  if (number) {
    return (
      <TapButton
        id={`reminder-call-${reminder.id}`}
        tone='primary'
        className='bj-reminder__action'
        label={`去处理：拨打${UNVERIFIED_NUMBER_LABEL} ${number}`}
        onTap={() => dial({ number, label: UNVERIFIED_NUMBER_LABEL })}
      >
        去处理 · 拨打 {number}
      </TapButton>
    )
  }
  return (
    <TapButton id={`reminder-handle-${reminder.id}`} tone='primary' className='bj-reminder__action' onTap={onEdit}>
      去处理
    </TapButton>
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

/** What the reminder is: with whom, a live countdown, what and when, and whether its number is verified. */
function ReminderSummary({ reminder, now, calendarAddedAt }: { reminder: Reminder; now: number; calendarAddedAt?: number }) {
  const overdue = isOverdue(reminder, now)
  return (
    <>
      <View className='bj-reminder__head'>
        <View className='bj-reminder__target'>{targetLabel(reminder.target)}</View>
        <View className={`bj-reminder__countdown${overdue ? ' bj-reminder__countdown--overdue' : ''}`}>
          {countdownLabel(reminder.dueAt, now)}
        </View>
      </View>
      <View className='bj-reminder__title'>{reminder.title}</View>
      <View className='bj-muted'>
        {formatDateTime(reminder.dueAt)}
        {reminder.repeat !== 'none' ? ` · ${REPEAT_LABELS[reminder.repeat]}` : ''}
        {calendarAddedAt ? (CALENDAR_KIND === 'phone' ? ' · 已加入日历' : ' · 已下载日历文件') : ''}
      </View>
      {reminder.note ? <View className='bj-reminder__note'>{reminder.note}</View> : null}
      {reminder.contact && !verifiedHotlineFor(HOTLINES, reminder.contact.number) ? (
        <View id={`reminder-unverified-${reminder.id}`} className='bj-reminder__unverified'>
          {UNVERIFIED_NUMBER_LABEL}
        </View>
      ) : null}
    </>
  )
}

type Locked = { disabled: boolean; label?: string }

/** 推迟, 加到日历, 编辑 and 删除, folded under one toggle so the card keeps one main action. */
function MoreActions({ reminder, locked, onEdit }: { reminder: Reminder; locked: Locked; onEdit: () => void }) {
  const [moreOpen, setMoreOpen] = useState(false)
  const removeAfterAsking = async () => {
    const sure = await confirm({
      title: '删除这条提醒？',
      content: reminder.title,
      confirmText: '删除',
      cancelText: '不删了',
      danger: true,
    })
    if (sure) reportIfNotSaved(await reminderActions.remove(reminder.id))
  }
  const action = (id: string, narrow: boolean, onTap: () => unknown, text: string) => (
    <TapButton
      id={`reminder-${id}-${reminder.id}`}
      {...locked}
      tone='plain'
      className={`bj-reminder__action${narrow ? ' bj-reminder__action--narrow' : ''}`}
      onTap={onTap}
    >
      {text}
    </TapButton>
  )
  return (
    <>
      <View
        id={`reminder-more-${reminder.id}`}
        className='bj-reminder__more'
        role='button'
        aria-label={moreOpen ? '收起更多操作' : '更多操作：推迟、加到日历、编辑、删除'}
        aria-expanded={moreOpen ? 'true' : 'false'}
        onClick={() => setMoreOpen(!moreOpen)}
      >
        {moreOpen ? '收起' : '推迟、加到日历、编辑、删除'}
      </View>
      {moreOpen ? (
        <View className='bj-reminder__actions bj-reminder__actions--more'>
          {action('snooze', false, () => snoozeWithChoice(reminder), '推迟')}
          {action('calendar', false, () => addReminderToCalendar(reminder), CALENDAR_KIND === 'phone' ? '添加到手机日历' : '下载日历文件')}
          {action('edit', true, onEdit, '编辑')}
          {action('delete', true, () => removeAfterAsking(), '删除')}
        </View>
      ) : null}
    </>
  )
}

/** One pending reminder: what, with whom, when, a live countdown, and what can be done with it. */
export function ReminderCard({ reminder, now, calendarAddedAt, readOnly, onEdit }: ReminderCardProps) {
  const locked = { disabled: Boolean(readOnly), label: readOnly }
  const overdue = isOverdue(reminder, now)
  const complete = async () => reportIfNotSaved(await reminderActions.complete(reminder.id, Date.now()))
  return (
    <View id={`reminder-${reminder.id}`} className={`bj-reminder${overdue ? ' bj-reminder--overdue' : ''}`}>
      <ReminderSummary reminder={reminder} now={now} calendarAddedAt={calendarAddedAt} />
      <View className='bj-reminder__actions'>
        <MainAction reminder={reminder} onEdit={onEdit} />
        <TapButton
          id={`reminder-done-${reminder.id}`}
          {...locked}
          tone='success'
          className='bj-reminder__action bj-reminder__action--narrow'
          onTap={() => complete()}
        >
          {reminder.repeat === 'none' ? '完成' : '这次完成'}
        </TapButton>
      </View>
      <MoreActions reminder={reminder} locked={locked} onEdit={onEdit} />
    </View>
  )
}
