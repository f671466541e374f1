import {
  CHECK_SIGNS_HEADING,
  GENERAL_WARNING,
  RECOVERY_LINE,
  SCAM_SIGNS_HEADING,
  SCAM_WARNINGS,
  type ScamWarning,
} from '@/content/scam-warnings'
import { ROUTES } from '@/lib/routes'

/*
 * The warning card never carries anything about the sender: a share link holds only the type id and,
 * if the sender typed one, their own one-line note; this feature reads no case data (a lint rule keeps it that way).
 */

/** The sender's own line, at most this long: a warning or a call for help, not a letter. */
export const MAX_SENDER_NOTE = 40

/** One line of the sender's own words: trimmed, line breaks and control characters dropped, cut to the limit. */
export function cleanSenderNote(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is dropped
  return [...text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()].slice(0, MAX_SENDER_NOTE).join('')
}

/** Reads the sender's note from a shared link; '' when there is none or it cannot be read. */
export function parseSenderNote(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  try {
    return cleanSenderNote(decodeURIComponent(raw))
  } catch {
    return ''
  }
}

/**
 * Reads the `type` of a shared link. Anything that is not exactly a known id, after trimming and
 * lower-casing, gives the general card; the raw value is never shown or passed on.
 */
export function parseCardType(raw: unknown): string {
  if (typeof raw !== 'string') return GENERAL_WARNING.id
  let value = raw
  try {
    value = decodeURIComponent(raw)
  } catch {
    return GENERAL_WARNING.id
  }
  const id = value.trim().toLowerCase()
  return SCAM_WARNINGS.some((warning) => warning.id === id) ? id : GENERAL_WARNING.id
}

export function cardFor(id: string): ScamWarning {
  return SCAM_WARNINGS.find((warning) => warning.id === id) ?? GENERAL_WARNING
}

/** The title and path for sharing to a chat: the path carries the type id, and the sender's own note if they wrote one. */
export function shareInfo(card: ScamWarning, note = ''): { title: string; path: string; query: string } {
  const line = cleanSenderNote(note)
  const query = line ? `type=${card.id}&note=${encodeURIComponent(line)}` : `type=${card.id}`
  return { title: line ? `${line}｜防骗提醒` : `防骗提醒：${card.title}`, path: `${ROUTES.warningView}?${query}`, query }
}

function signLines(heading: string, signs: string[]): string[] {
  return signs.length === 0 ? [] : [heading, ...signs.map((sign) => `· ${sign}`), '']
}

/** The card as plain text, to paste into a chat where an image will not do. */
export function cardText(card: ScamWarning, note = ''): string {
  const line = cleanSenderNote(note)
  return [
    ...(line ? [`发卡片的人说：${line}`, ''] : []),
    `【防骗提醒】${card.title}`,
    '',
    ...signLines(SCAM_SIGNS_HEADING, card.scamSigns),
    ...signLines(CHECK_SIGNS_HEADING, card.checkSigns),
    '遇到了怎么办：',
    ...card.actions.map((action, index) => `${index + 1}. ${action}`),
    '',
    RECOVERY_LINE,
    '拿不准就拨打 96110 咨询。',
  ].join('\n')
}
