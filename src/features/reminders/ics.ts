import { MINUTE, toIsoUtc } from '@/lib/time'
import { calendarDescription } from './calendar'
import type { Reminder } from './model'

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
  return toIsoUtc(at).replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

function repeatRule(reminder: Reminder): string | undefined {
  if (reminder.repeat === 'none') return undefined
  const until = reminder.repeatUntil !== undefined ? `;UNTIL=${icsUtc(reminder.repeatUntil)}` : ''
  if (reminder.repeat === 'monthly' && reminder.anchorDay >= 29) {
    // "The 31st, or the month's last day": the last of 28…anchor that the month has.
    const days = Array.from({ length: reminder.anchorDay - 27 }, (_, index) => 28 + index).join(',')
    return `RRULE:FREQ=MONTHLY;BYMONTHDAY=${days};BYSETPOS=-1${until}`
  }
  return `RRULE:FREQ=${reminder.repeat.toUpperCase()}${until}`
}

/** An .ics file with one event and an alarm at its start, for calendar apps that import files (H5). */
export function buildIcs(reminder: Reminder, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//beipian-jijiu//reminders//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${reminder.id}@beipian-jijiu`,
    `DTSTAMP:${icsUtc(now)}`,
    `DTSTART:${icsUtc(reminder.dueAt)}`,
    `DTEND:${icsUtc(reminder.dueAt + 30 * MINUTE)}`,
    repeatRule(reminder),
    `SUMMARY:${escapeIcsText(reminder.title)}`,
    `DESCRIPTION:${escapeIcsText(calendarDescription(reminder))}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(reminder.title)}`,
    'TRIGGER:PT0S',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter((line): line is string => Boolean(line))
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
