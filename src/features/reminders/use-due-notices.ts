import { useEffect } from 'react'
import { confirm } from '@/platform/feedback'
import { dueReminders } from './model'
import { useReminders } from './store'

const CHECK_EVERY_MS = 15_000

/** Reminders already announced while the app has been open, so each is announced once. */
const announced = new Set<string>()

/** Shows a notice for reminders that have fallen due and were not announced yet. */
export function announceDueReminders(now: number = Date.now()): void {
  const fresh = dueReminders(useReminders.getState().reminders, now).filter(
    (reminder) => !announced.has(`${reminder.id}@${reminder.dueAt}`),
  )
  if (fresh.length === 0) return
  fresh.forEach((reminder) => announced.add(`${reminder.id}@${reminder.dueAt}`))
  const first = fresh[0]
  const more = fresh.length > 1 ? `\n另外还有 ${fresh.length - 1} 条到时间了。` : ''
  const call = first.contact ? `\n要打的电话：${first.contact.label}` : ''
  void confirm({ title: '跟进提醒', content: `${first.title}${call}${more}`, confirmText: '知道了', showCancel: false })
}

/** Checks every 15 seconds while the app is open. Mounted once, in the app shell. */
export function useDueNotices(): void {
  useEffect(() => {
    announceDueReminders()
    const timer = setInterval(() => announceDueReminders(), CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [])
}
