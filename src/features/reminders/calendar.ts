import type { CalendarFileEvent } from '@/platform/calendar-file'
import type { Reminder } from './model'

/** What WeChat's addPhoneCalendar / addPhoneRepeatCalendar take. Times are seconds. */
export interface PhoneCalendarRequest {
  title: string
  startTime: number
  description: string
  alarm: true
  alarmOffset: number
  repeatInterval?: 'day' | 'week' | 'month'
  repeatEndTime?: number
}

const REPEAT_INTERVALS = { daily: 'day', weekly: 'week', monthly: 'month' } as const

/** The text under the event: what to do, and the number to call. */
export function calendarDescription(reminder: Reminder): string {
  const lines = [reminder.note]
  if (reminder.contact) lines.push(`拨打：${reminder.contact.label} ${reminder.contact.number}`)
  lines.push('来自“被骗急救”小程序')
  return lines.filter(Boolean).join('\n')
}

/** A phone-calendar event that rings at the reminder's time, even with the mini-program closed. */
export function phoneCalendarRequest(reminder: Reminder): PhoneCalendarRequest {
  const request: PhoneCalendarRequest = {
    title: reminder.title,
    startTime: Math.floor(reminder.dueAt / 1000),
    description: calendarDescription(reminder),
    alarm: true,
    alarmOffset: 0,
  }
  if (reminder.repeat !== 'none') {
    request.repeatInterval = REPEAT_INTERVALS[reminder.repeat]
    if (reminder.repeatUntil !== undefined) request.repeatEndTime = Math.floor(reminder.repeatUntil / 1000)
  }
  return request
}

/** The same event for a calendar file (the browser's .ics), which also keeps the reminder's id and anchor day. */
export function calendarFileEvent(reminder: Reminder): CalendarFileEvent {
  return { ...phoneCalendarRequest(reminder), uid: reminder.id, monthDay: reminder.anchorDay }
}
