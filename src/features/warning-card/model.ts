import { CHECK_SIGNS_HEADING, GENERAL_WARNING, RECOVERY_LINE, SCAM_SIGNS_HEADING, SCAM_WARNINGS, type ScamWarning } from '@/content/scam-warnings'
import { ROUTES } from '@/lib/routes'

/*
 * The warning card never carries anything about the sender: a share link holds only the type id,
 * and this feature reads no case data (a lint rule keeps it that way).
 */

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

/** The title and path for sharing to a chat: the path carries only the type id. */
export function shareInfo(card: ScamWarning): { title: string; path: string; query: string } {
  return { title: `防骗提醒：${card.title}`, path: `${ROUTES.warningView}?type=${card.id}`, query: `type=${card.id}` }
}

function signLines(heading: string, signs: string[]): string[] {
  return signs.length === 0 ? [] : [heading, ...signs.map((sign) => `· ${sign}`), '']
}

/** The card as plain text, to paste into a chat where an image will not do. */
export function cardText(card: ScamWarning): string {
  return [
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
