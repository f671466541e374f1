import type { CalendarFileEvent } from './calendar-file'
import { downloadTextFile } from './download'
import { buildIcs } from './ics'
import type { PlatformResult } from './result'

/** The browser has no calendar API: the event is downloaded as an .ics file for the calendar app. */
export function saveCalendarFile(event: CalendarFileEvent, now: number): PlatformResult {
  return downloadTextFile(`提醒-${event.title.slice(0, 20)}.ics`, buildIcs(event, now), 'text/calendar;charset=utf-8')
}
