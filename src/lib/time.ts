// Dates in local time with the platform's own Date: the app needs a few formats and day
// arithmetic, and a date library cost 9 KB of the WeChat main package. Times are epoch ms everywhere.

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const pad = (value: number) => String(value).padStart(2, '0')

/** 「11月22日 14:05」, the way people read a time on a phone. */
export function formatDateTime(at: number): string {
  const date = new Date(at)
  return `${date.getMonth() + 1}月${date.getDate()}日 ${toTimeValue(at)}`
}

/** 「2026年11月22日」, for letters the police or a bank will read. */
export function formatFullDate(at: number): string {
  const date = new Date(at)
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
}

/** 「2026年11月22日 14:05」, for documents the police or a bank will read. */
export function formatFullDateTime(at: number): string {
  return `${formatFullDate(at)} ${toTimeValue(at)}`
}

/** 「2026-11-22」, the value of a date picker. */
export function toDateValue(at: number): string {
  const date = new Date(at)
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** 「14:05」, the value of a time picker. */
export function toTimeValue(at: number): string {
  const date = new Date(at)
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Whether `at` is a time a Date can hold. */
export function isValidTime(at: number): boolean {
  return Number.isFinite(at) && !Number.isNaN(new Date(at).getTime())
}

/** The day of the month, 1–31, in local time. */
export function dayOfMonth(at: number): number {
  return new Date(at).getDate()
}

/** `days` calendar days after `at`, at the same wall-clock time (a day is not always 24 hours). */
export function addDays(at: number, days: number): number {
  const date = new Date(at)
  date.setDate(date.getDate() + days)
  return date.getTime()
}

/** `days` calendar days after `now`, at hour:minute sharp: 「明天上午 10 点」 is atTimeOfDay(now, 1, 10). */
export function atTimeOfDay(now: number, days: number, hour: number, minute = 0): number {
  const date = new Date(addDays(now, days))
  date.setHours(hour, minute, 0, 0)
  return date.getTime()
}

/** The last millisecond of the day `at` falls on. */
export function endOfDay(at: number): number {
  const date = new Date(at)
  date.setHours(23, 59, 59, 999)
  return date.getTime()
}

/**
 * The same time next month, on `anchorDay` or the month's last day if it is shorter:
 * a reminder anchored to the 31st falls on 30 April and 28 (or 29) February.
 */
export function nextMonthOn(at: number, anchorDay: number): number {
  const date = new Date(at)
  const year = date.getFullYear()
  const month = date.getMonth() + 1
  const lastDay = new Date(year, month + 1, 0).getDate()
  return new Date(year, month, Math.min(anchorDay, lastDay), date.getHours(), date.getMinutes()).getTime()
}

/**
 * How long between two times, in the largest whole unit: 「5 分钟」, 「2 小时」, 「3 天」.
 * Rounded to the nearest unit; under a minute reads 「不到 1 分钟」.
 */
export function spanLabel(from: number, to: number): string {
  const span = Math.abs(to - from)
  if (span < MINUTE) return '不到 1 分钟'
  const minutes = Math.round(span / MINUTE)
  if (minutes < 60) return `${minutes} 分钟`
  const hours = Math.round(span / HOUR)
  if (hours < 24) return `${hours} 小时`
  return `${Math.round(span / DAY)} 天`
}

/** Moves `at` to another day from a date picker, keeping its time of day. Unreadable input keeps `at`. */
export function withDate(at: number, date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day || month > 12 || day > 31) return at
  const next = new Date(at)
  next.setFullYear(year, month - 1, day)
  return isValidTime(next.getTime()) ? next.getTime() : at
}

/** Moves `at` to another time of day from a time picker, keeping its date. Unreadable input keeps `at`. */
export function withTime(at: number, time: string): number {
  const [hour, minute] = time.split(':').map(Number)
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour > 23 || minute > 59) return at
  const next = new Date(at)
  next.setHours(hour, minute, 0, 0)
  return next.getTime()
}
