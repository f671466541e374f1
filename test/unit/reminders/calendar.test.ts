import { calendarFileEvent, phoneCalendarRequest } from '@/features/reminders/calendar'
import { buildIcs as buildEventIcs, escapeIcsText, foldIcsLine, icsUtc } from '@/platform/ics'
import type { Reminder } from '@/features/reminders/model'

const NOW = new Date('2026-11-22T14:00:00').getTime()
/** A reminder's .ics, as the browser build downloads it. */
const buildIcs = (reminder: Reminder, now: number) => buildEventIcs(calendarFileEvent(reminder), now)

const reminder: Reminder = {
  id: 'abc-1',
  target: 'police',
  title: '问派出所是否已经立案',
  dueAt: new Date('2026-11-25T10:00:00').getTime(),
  repeat: 'none',
  anchorDay: 25,
  contact: { number: '110', label: '报警电话' },
  note: '公安机关受案后要决定是否立案；不立案的，应在 3 日内书面告知你。',
  createdAt: NOW,
  updatedAt: NOW,
}

describe('phone calendar request', () => {
  it('gives WeChat seconds, an alarm, the title and the number to call', () => {
    expect(phoneCalendarRequest(reminder)).toEqual({
      title: '问派出所是否已经立案',
      startTime: reminder.dueAt / 1000,
      description: '公安机关受案后要决定是否立案；不立案的，应在 3 日内书面告知你。\n拨打：报警电话 110\n来自“被骗急救”小程序',
      alarm: true,
      alarmOffset: 0,
    })
  })

  it('asks for a repeating event with its end for repeating reminders', () => {
    const daily = { ...reminder, repeat: 'daily' as const, repeatUntil: new Date('2026-11-29T23:59:59').getTime() }
    expect(phoneCalendarRequest(daily)).toMatchObject({ repeatInterval: 'day', repeatEndTime: Math.floor(daily.repeatUntil / 1000) })
  })
})

describe('.ics (RFC 5545)', () => {
  const ics = buildIcs(reminder, NOW)
  const lines = ics.split('\r\n')

  it('uses CRLF line ends and UTC times', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(lines).toContain('DTSTART:20261125T020000Z')
    expect(lines).toContain('DTSTAMP:20261122T060000Z')
    expect(icsUtc(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('20260102T030405Z')
  })

  it('has one event with an alarm at its start', () => {
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines).toEqual(expect.arrayContaining(['BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:PT0S', 'END:VALARM']))
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
  })

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('DESCRIPTION:公安机关受案后要决定是否立案；不立案的，应在 3 日内书面告知你。')
    expect(buildIcs({ ...reminder, title: 'Call bank, then police; done' }, NOW)).toContain('SUMMARY:Call bank\\, then police\\; done')
    expect(unfolded).toContain('\\n拨打：报警电话 110\\n')
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    const folded = foldIcsLine(`DESCRIPTION:${'诈'.repeat(60)}`)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(`DESCRIPTION:${'诈'.repeat(60)}`)
  })

  it('writes month-end repeats so the 31st falls on each month’s last day', () => {
    const monthly = buildIcs({ ...reminder, repeat: 'monthly', anchorDay: 31 }, NOW)
    expect(monthly).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1')
    expect(buildIcs({ ...reminder, repeat: 'weekly' }, NOW)).toContain('RRULE:FREQ=WEEKLY')
  })
})
