import fc from 'fast-check'
import {
  addDays,
  atTimeOfDay,
  endOfDay,
  formatDateTime,
  formatFullDate,
  formatFullDateTime,
  isValidTime,
  nextMonthOn,
  spanLabel,
  toDateValue,
  toTimeValue,
  withDate,
  withTime,
} from '@/lib/time'

// ISO text without an offset is local time (jest runs in Asia/Shanghai).
const at = (text: string) => new Date(text).getTime()
const MINUTE = 60_000

describe('formats', () => {
  const time = at('2026-03-05T09:07:00')
  it.each([
    [formatDateTime, '3月5日 09:07'],
    [formatFullDate, '2026年3月5日'],
    [formatFullDateTime, '2026年3月5日 09:07'],
    [toDateValue, '2026-03-05'],
    [toTimeValue, '09:07'],
  ])('%p', (format, expected) => {
    expect(format(time)).toBe(expected)
  })
})

describe('day arithmetic', () => {
  it('moves by calendar days and over the end of a year', () => {
    expect(addDays(at('2026-12-31T22:15:00'), 1)).toBe(at('2027-01-01T22:15:00'))
    expect(addDays(at('2026-03-01T08:00:00'), -1)).toBe(at('2026-02-28T08:00:00'))
  })

  it('sets a time of day some days ahead, to the minute', () => {
    expect(atTimeOfDay(at('2026-11-22T14:33:21'), 1, 10)).toBe(at('2026-11-23T10:00:00'))
    expect(atTimeOfDay(at('2026-11-30T23:59:00'), 3, 9, 30)).toBe(at('2026-12-03T09:30:00'))
  })

  it('ends a day at its last millisecond', () => {
    expect(endOfDay(at('2026-11-22T00:00:00'))).toBe(at('2026-11-22T23:59:59.999'))
  })

  it.each([
    ['2026-01-31T10:00:00', 31, '2026-02-28T10:00:00'],
    ['2028-01-30T08:00:00', 30, '2028-02-29T08:00:00'],
    ['2026-02-28T10:00:00', 31, '2026-03-31T10:00:00'],
    ['2026-12-15T18:45:00', 15, '2027-01-15T18:45:00'],
  ])('next month after %s on day %i is %s', (from, anchor, to) => {
    expect(nextMonthOn(at(from), anchor)).toBe(at(to))
  })
})

describe('span label', () => {
  it.each([
    [30 * 1000, '不到 1 分钟'],
    [5 * MINUTE, '5 分钟'],
    [59 * MINUTE, '59 分钟'],
    [59.6 * MINUTE, '1 小时'],
    [90 * MINUTE, '2 小时'],
    [23 * 60 * MINUTE, '23 小时'],
    [24 * 60 * MINUTE, '1 天'],
    [45 * 24 * 60 * MINUTE, '45 天'],
  ])('%i ms reads %s, in either direction', (span, label) => {
    const now = at('2026-11-22T14:00:00')
    expect(spanLabel(now, now + span)).toBe(label)
    expect(spanLabel(now + span, now)).toBe(label)
  })
})

describe('pickers', () => {
  it('keeps the time of day when the date changes, and the date when the time changes', () => {
    const time = at('2026-11-22T14:05:00')
    expect(withDate(time, '2027-01-02')).toBe(at('2027-01-02T14:05:00'))
    expect(withTime(time, '08:30')).toBe(at('2026-11-22T08:30:00'))
  })

  it.each(['', 'abc', '2026-13-01', '2026-00-10'])('keeps the time for the date %p', (value) => {
    expect(withDate(1_000, value)).toBe(1_000)
  })

  it.each(['', '24:00', '12:60', 'ab:cd'])('keeps the time for the time %p', (value) => {
    expect(withTime(1_000, value)).toBe(1_000)
  })

  it('gives back any minute it was given, through the date and time picker values', () => {
    const minutes = fc.integer({ min: at('2000-01-01T00:00:00') / MINUTE, max: at('2099-12-31T23:59:00') / MINUTE })
    fc.assert(
      fc.property(minutes, (minute) => {
        const time = minute * MINUTE
        expect(withTime(withDate(0, toDateValue(time)), toTimeValue(time))).toBe(time)
      }),
    )
  })

  it('tells a time a Date can hold from one it cannot', () => {
    expect(isValidTime(at('2026-11-22T14:05:00'))).toBe(true)
    expect(isValidTime(Number.NaN)).toBe(false)
    expect(isValidTime(8.64e15 + 1)).toBe(false)
  })
})
