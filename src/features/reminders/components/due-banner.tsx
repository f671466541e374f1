import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { useNow } from '@/ui/use-now'
import { openReminderAction } from '../actions'
import { dueReminders } from '../model'
import { useReminders } from '../store'
import './reminders.scss'

/** On home: the follow-ups that are due or overdue; 去处理 goes straight to the first one's action. */
export function DueBanner() {
  const reminders = useReminders((state) => state.reminders)
  const now = useNow(30_000)
  const due = dueReminders(reminders, now)
  if (due.length === 0) return null
  return (
    <View id='due-banner' className='bj-due-banner' role='alert'>
      <View className='bj-due-banner__title'>有 {due.length} 条跟进到时间了</View>
      <View>{due[0].title}</View>
      <TapButton id='due-banner-open' tone='plain' onTap={() => openReminderAction(due[0])}>
        去处理
      </TapButton>
    </View>
  )
}
