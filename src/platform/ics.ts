// The .ics file format (RFC 5545), for the browser, which has no calendar API: the event is downloaded
// for the phone's calendar app to import. Only calendar-file.h5.ts uses it, so it stays out of the
// mini-program's main package.
import { MINUTE, toIsoUtc } from '@/lib/time'
import type { CalendarFileEvent } from './calendar-file'

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Octets of one character in UTF-8; computed here because WeChat's JS engine may lack TextEncoder. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  return code < 0x10000 ? 3 : 4
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a multi-byte character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char)
    // The first line holds 75 octets; continuation lines start with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** 20261122T060000Z */
export function icsUtc(at: number): string {
  return toIsoUtc(at)
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

const FREQUENCIES = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY' } as const

function repeatRule(event: CalendarFileEvent): string | undefined {
  if (!event.repeatInterval) return undefined
  const until = event.repeatEndTime !== undefined ? `;UNTIL=${icsUtc(event.repeatEndTime * 1000)}` : ''
  if (event.repeatInterval === 'month' && event.monthDay >= 29) {
    // "The 31st, or the month's last day": the last of 28…monthDay that the month has.
    const days = Array.from({ length: event.monthDay - 27 }, (_, index) => 28 + index).join(',')
    return `RRULE:FREQ=MONTHLY;BYMONTHDAY=${days};BYSETPOS=-1${until}`
  }
  return `RRULE:FREQ=${FREQUENCIES[event.repeatInterval]}${until}`
}

/** An .ics file with one event and an alarm at its start, for calendar apps that import files (H5). */
export function buildIcs(event: CalendarFileEvent, now: number): string {
  const start = event.startTime * 1000
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//beipian-jijiu//reminders//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${event.uid}@beipian-jijiu`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(start + 30 * MINUTE)}`,
    repeatRule(event),
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(event.title)}`,
    'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter((line): line is string => Boolean(line))
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
