import type { CalendarEvent } from './calendar'
import { failure, type PlatformResult } from './result'

/** A calendar event as a file holds it: with a stable id, and the day of the month a monthly repeat keeps to. */
export interface CalendarFileEvent extends CalendarEvent {
  uid: string
  monthDay: number
}

/**
 * On WeChat the phone's own calendar takes the event (calendar.ts), so there is no file to save. The
 * browser's calendar-file.h5.ts downloads an .ics file; keeping it apart keeps the .ics writer out
 * of the mini-program's main package.
 */
export function saveCalendarFile(_event: CalendarFileEvent, _now: number): PlatformResult {
  return failure('unsupported', 'the phone calendar is used instead')
}
