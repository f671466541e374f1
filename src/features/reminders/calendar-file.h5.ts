import { downloadTextFile } from '@/platform/download'
import type { PlatformResult } from '@/platform/result'
import { buildIcs } from './ics'
import type { Reminder } from './model'

/** The browser has no calendar API: the reminder is downloaded as an .ics file for the calendar app. */
export function saveCalendarFile(reminder: Reminder, now: number): PlatformResult {
  return downloadTextFile(`提醒-${reminder.title.slice(0, 20)}.ics`, buildIcs(reminder, now), 'text/calendar;charset=utf-8')
}
