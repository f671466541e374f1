import { failure, type PlatformResult } from '@/platform/result'
import type { Reminder } from './model'

/**
 * On WeChat the phone's own calendar takes the reminder, so there is no file to save. The H5
 * build uses calendar-file.h5.ts instead, which downloads an .ics file; keeping it apart keeps the
 * .ics writer out of the mini-program's main package.
 */
export function saveCalendarFile(_reminder: Reminder, _now: number): PlatformResult {
  return failure('unsupported', 'the phone calendar is used instead')
}
