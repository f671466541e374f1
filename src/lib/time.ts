import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'

dayjs.extend(relativeTime)
dayjs.locale('zh-cn')

/** dayjs set up once for the whole app: Chinese locale and relative times. Times are epoch ms everywhere else. */
export { dayjs }

/** 「11月22日 14:05」, the way people read a time on a phone. */
export function formatDateTime(at: number): string {
  return dayjs(at).format('M月D日 HH:mm')
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

/** Moves `at` to another day from a date picker, keeping its time of day. Unreadable input keeps `at`. */
export function withDate(at: number, date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day) return at
  const next = dayjs(at).year(year).month(month - 1).date(day)
  return next.isValid() ? next.valueOf() : at
}

/** Moves `at` to another time of day from a time picker, keeping its date. Unreadable input keeps `at`. */
export function withTime(at: number, time: string): number {
  const [hour, minute] = time.split(':').map(Number)
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour > 23 || minute > 59) return at
  return dayjs(at).hour(hour).minute(minute).second(0).millisecond(0).valueOf()
}
