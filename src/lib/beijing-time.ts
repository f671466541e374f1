/** Beijing is UTC+8 all year (no summer time): getTimezoneOffset's -480. */
const BEIJING_OFFSET_MINUTES = -480

/** Whether the phone shows Beijing time at this moment (a phone abroad, or set to another zone, does not). */
export function phoneOnBeijingTime(at: number): boolean {
  return new Date(at).getTimezoneOffset() === BEIJING_OFFSET_MINUTES
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * 「2026年11月22日 14:05」 in Beijing time, whatever zone the phone is in: the police and banks in
 * China read times that way, and a note made at 14:05 must not read 06:05 on a phone set to London.
 */
export function formatBeijingDateTime(at: number): string {
  const beijing = new Date(at - BEIJING_OFFSET_MINUTES * 60_000)
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日 ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
}
