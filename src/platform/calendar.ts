import Taro from '@tarojs/taro'
import { attempt, type PlatformResult } from './result'

export interface CalendarEvent {
  title: string
  /** Seconds since the epoch, as WeChat expects. */
  startTime: number
  description: string
  alarm: boolean
  alarmOffset: number
  repeatInterval?: 'day' | 'week' | 'month'
  repeatEndTime?: number
}

/** Where a reminder goes to ring with the app closed: the phone's calendar here, an .ics file in the browser. */
export const CALENDAR_KIND: 'phone' | 'file' = 'phone'

/**
 * Adds an event with an alarm to the phone's own calendar, so it rings with the app closed.
 * WeChat asks for the calendar permission and the privacy consent; a refusal comes back as `denied`.
 */
export async function addToPhoneCalendar(event: CalendarEvent): Promise<PlatformResult> {
  const { repeatInterval } = event
  if (repeatInterval) return attempt(() => Taro.addPhoneRepeatCalendar({ ...event, repeatInterval }))
  return attempt(() => Taro.addPhoneCalendar(event))
}
