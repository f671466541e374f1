// Dates in local time through dayjs, the app's one date library, in the zh-cn locale. Times are epoch
// ms everywhere else (stored, passed in as `now`, compared): dayjs objects never leave this module.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

export const MINUTE = 60 * 1000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

dayjs.locale('zh-cn')

/**
 * spanLabel's units, each with zh-cn's words for it: whole minutes up to 59, whole hours up to 23,
 * then days. The relativeTime plugin would cost 1.4 KB of the main package to say 「1 小时」 from 45
 * minutes and switch to months, too coarse for a countdown to a follow-up.
 */
const SPAN_UNITS = [
  { unit: 'minute', upTo: 59, words: 'mm' },
  { unit: 'hour', upTo: 23, words: 'hh' },
  { unit: 'day', upTo: Infinity, words: 'dd' },
] as const

/** 「11月22日 14:05」, the way people read a time on a phone. */
export function formatDateTime(at: number): string {
  return dayjs(at).format('M月D日 HH:mm')
}

/** 「2026年11月22日」, for letters the police or a bank will read. */
export function formatFullDate(at: number): string {
  return dayjs(at).format('YYYY年M月D日')
}

/** 「2026年11月22日 14:05」, for documents the police or a bank will read. */
export function formatFullDateTime(at: number): string {
  return dayjs(at).format('YYYY年M月D日 HH:mm')
}

/** 「2026-11-22」, the value of a date picker. */
export function toDateValue(at: number): string {
  return dayjs(at).format('YYYY-MM-DD')
}

/** 「14:05」, the value of a time picker. */
export function toTimeValue(at: number): string {
  return dayjs(at).format('HH:mm')
}

/** 「2026-11-22T06:05:00.000Z」: UTC, for exported files and calendar events read by other software. */
export function toIsoUtc(at: number): string {
  return dayjs(at).toISOString()
}

/** Whether `at` is a time a Date can hold. */
export function isValidTime(at: number): boolean {
  return Number.isFinite(at) && dayjs(at).isValid()
}

/** The day of the month, 1–31, in local time. */
export function dayOfMonth(at: number): number {
  return dayjs(at).date()
}

/** `days` calendar days after `at`, at the same wall-clock time (a day is not always 24 hours). */
export function addDays(at: number, days: number): number {
  return dayjs(at).add(days, 'day').valueOf()
}

/** `days` calendar days after `now`, at hour:minute sharp: 「明天上午 10 点」 is atTimeOfDay(now, 1, 10). */
export function atTimeOfDay(now: number, days: number, hour: number, minute = 0): number {
  return dayjs(now).add(days, 'day').hour(hour).minute(minute).startOf('minute').valueOf()
}

/** The last millisecond of the day `at` falls on. */
export function endOfDay(at: number): number {
  return dayjs(at).endOf('day').valueOf()
}

/**
 * The same time next month, on `anchorDay` or the month's last day if it is shorter:
 * a reminder anchored to the 31st falls on 30 April and 28 (or 29) February.
 */
export function nextMonthOn(at: number, anchorDay: number): number {
  const nextMonth = dayjs(at).startOf('minute').date(1).add(1, 'month')
  return nextMonth.date(Math.min(anchorDay, nextMonth.daysInMonth())).valueOf()
}

/**
 * How long between two times, in the largest whole unit: 「5 分钟」, 「2 小时」, 「3 天」.
 * Rounded to the nearest unit; under a minute reads 「不到 1 分钟」.
 */
export function spanLabel(from: number, to: number): string {
  if (Math.abs(to - from) < MINUTE) return '不到 1 分钟'
  const spans = SPAN_UNITS.map(({ unit, upTo, words }) => ({ count: Math.round(Math.abs(dayjs(to).diff(from, unit, true))), upTo, words }))
  const { count, words } = spans.find((span) => span.count <= span.upTo) ?? spans[spans.length - 1]
  return (dayjs.Ls['zh-cn'].relativeTime?.[words] ?? '%d').replace('%d', String(count))
}

/** Moves `at` to another day from a date picker, keeping its time of day. Unreadable input keeps `at`. */
export function withDate(at: number, date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day || month > 12 || day > 31) return at
  const next = dayjs(at)
    .year(year)
    .month(month - 1)
    .date(day)
  return next.isValid() ? next.valueOf() : at
}

/** Moves `at` to another time of day from a time picker, keeping its date. Unreadable input keeps `at`. */
export function withTime(at: number, time: string): number {
  const [hour, minute] = time.split(':').map(Number)
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour > 23 || minute > 59) return at
  return dayjs(at).hour(hour).minute(minute).startOf('minute').valueOf()
}
