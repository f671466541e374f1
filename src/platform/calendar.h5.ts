import { failure, type PlatformResult } from './result'
import type { CalendarEvent } from './calendar'

export type { CalendarEvent } from './calendar'

export const CALENDAR_KIND: 'phone' | 'file' = 'file'

/** The browser version of ./calendar: there is no phone calendar, so the caller offers a file. */
export async function addToPhoneCalendar(_event: CalendarEvent): Promise<PlatformResult> {
  return failure('unsupported', 'no phone calendar in the browser')
}
