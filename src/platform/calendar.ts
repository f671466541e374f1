import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { classifyError, failure, success, type PlatformResult } from './result'

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

/**
 * Adds an event with an alarm to the phone's own calendar, so it rings with the app closed.
 * WeChat asks for the calendar permission and the privacy consent; a refusal comes back as `denied`.
 */
export async function addToPhoneCalendar(event: CalendarEvent): Promise<PlatformResult> {
  if (!isWeapp) return failure('unsupported', 'no phone calendar in the browser')
  try {
    if (event.repeatInterval) {
      await Taro.addPhoneRepeatCalendar({ ...event, repeatInterval: event.repeatInterval })
    } else {
      await Taro.addPhoneCalendar(event)
    }
    return success()
  } catch (error) {
    return classifyError(error)
  }
}
