import { useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { CellLink } from '@/ui/cell-link'
import { ROUTES } from '@/lib/routes'
import { useNow } from '@/ui/use-now'
import { formatDateTime } from '@/lib/time'
import { doneReminders, pendingReminders } from '../model'
import { useReminders } from '../store'
import { REMINDERS_RECORD } from '../record'
import { useWriteBlock } from '@/services/use-write-block'
import { ReadOnlyNotice } from '@/ui/read-only-notice'
import { ReminderCard } from './reminder-card'
import './reminders.scss'

interface RemindersScreenProps {
  onCreate: () => void
  onEdit: (id: string) => void
}

/**
 * The 提醒 tab: pending follow-ups with live countdowns, a link to the suggested ones, and the done
 * ones folded away. The suggestions are a page in the case subpackage: the tab is in the main package.
 */
export function RemindersScreen({ onCreate, onEdit }: RemindersScreenProps) {
  const reminders = useReminders((state) => state.reminders)
  const calendarAddedAt = useReminders((state) => state.calendarAddedAt)
  const now = useNow(30_000)
  const [showDone, setShowDone] = useState(false)
  const readOnly = useWriteBlock(REMINDERS_RECORD.key)
  const pending = pendingReminders(reminders)
  const done = doneReminders(reminders)
  return (
    <View className='bj-reminders'>
      <ReadOnlyNotice reason={readOnly} />
      <View className='bj-reminders__create'>
        <TapButton id='reminder-create' tone='primary' disabled={Boolean(readOnly)} label={readOnly} onTap={onCreate}>
          新建提醒
        </TapButton>
        <View className='bj-muted bj-reminders__hint'>小程序打开时会按时提醒；加入手机日历后，关着小程序也会响铃。</View>
      </View>
      <View className='bj-section-title'>待办（{pending.length}）</View>
      {pending.length === 0 ? <View className='bj-card bj-muted'>还没有待办的提醒。可以从下面的“建议的跟进”里一键添加。</View> : null}
      {pending.map((reminder) => (
        <ReminderCard
          key={reminder.id}
          reminder={reminder}
          now={now}
          calendarAddedAt={calendarAddedAt[reminder.id]}
          readOnly={readOnly}
          onEdit={() => onEdit(reminder.id)}
        />
      ))}
      <View className='bj-section-title'>建议的跟进</View>
      <CellLink id='open-follow-ups' title='按你的情况添加' description='问立案进展、查征信、看流水，一点就能加上' url={ROUTES.followUps} />
      {done.length > 0 ? (
        <View className='bj-reminders__done'>
          <View
            id='reminders-done-toggle'
            className='bj-reminders__done-toggle'
            role='button'
            aria-label={`${showDone ? '收起' : '展开'}已完成的提醒，共 ${done.length} 条`}
            aria-expanded={showDone ? 'true' : 'false'}
            onClick={() => setShowDone(!showDone)}
          >
            已完成（{done.length}）{showDone ? '收起' : '展开'}
          </View>
          {showDone
            ? done.map((reminder) => (
                <View className='bj-reminder bj-reminder--done' key={reminder.id}>
                  <View className='bj-reminder__title'>{reminder.title}</View>
                  <View className='bj-muted'>完成于 {formatDateTime(reminder.doneAt ?? reminder.updatedAt)}</View>
                </View>
              ))
            : null}
        </View>
      ) : null}
    </View>
  )
}
