import { CHECK_SIGNS_HEADING, RECOVERY_LINE, SCAM_SIGNS_HEADING, type ScamWarning } from '@/content/scam-warnings'
import type { DrawOp, Drawing, MeasureText } from '@/lib/draw-ops'
import { breakLines } from '@/lib/line-break'
import { COLORS } from '@/lib/colors'

export type CardFormat = 'full' | 'chat' | 'moments'

/** Below this, text on a 750px-wide card is too small for an older reader. */
export const MIN_TEXT_PX = 28

const WIDTH = 750
const PADDING = 48
const RED = COLORS.danger
const DARK = COLORS.text
const MUTED = COLORS.textSecondary
const WHITE = COLORS.card
const FOOTER_HEIGHT = 150

/**
 * A width estimate for when no canvas is at hand (tests, a platform without measureText): CJK and
 * full-width characters take a full em, Latin about 0.6. The drawn card always uses the canvas's own.
 */
export const estimateWidth: MeasureText = (text, size, bold) => {
  let width = 0
  for (const char of text) width += (char.codePointAt(0) ?? 0) <= 0xff ? size * (bold ? 0.62 : 0.58) : size
  return width
}

/** The widest a line of text may be on the card. */
export const TEXT_WIDTH = WIDTH - PADDING * 2

interface Cursor {
  y: number
  ops: DrawOp[]
  measure: MeasureText
}

function wrap(cursor: Cursor, text: string, size: number, bold: boolean, maxWidth = TEXT_WIDTH): string[] {
  return breakLines(text, maxWidth, (line) => cursor.measure(line, size, bold))
}

function paragraph(
  cursor: Cursor,
  text: string,
  size: number,
  color: string,
  options: { bold?: boolean; indent?: number; gap?: number } = {},
): void {
  const indent = options.indent ?? 0
  const lineHeight = Math.round(size * 1.45)
  for (const line of wrap(cursor, text, size, Boolean(options.bold), TEXT_WIDTH - indent)) {
    cursor.y += lineHeight
    cursor.ops.push({ kind: 'text', text: line, x: PADDING + indent, y: cursor.y, size, color, bold: options.bold })
  }
  cursor.y += options.gap ?? 0
}

/**
 * Lays the card out for one of three images: the whole card to save (750 wide, as tall as it
 * needs), a 5:4 image for chat shares, and a 1:1 image for Moments. Big type, high contrast.
 * Lines are broken with the canvas's own text measurement, passed in as `measure`.
 */
export function layoutCard(card: ScamWarning, format: CardFormat, measure: MeasureText = estimateWidth): Drawing {
  const ops: DrawOp[] = []
  const cursor: Cursor = { y: 0, ops, measure }
  const fixedHeight = format === 'chat' ? 600 : format === 'moments' ? 750 : undefined
  ops.push({ kind: 'rect', x: 0, y: 0, width: WIDTH, height: fixedHeight ?? 4000, color: WHITE })

  // Header band: what this is, and the title.
  const titleSize = format === 'full' ? 48 : 46
  const titleLines = wrap(cursor, card.title, titleSize, true)
  const headerHeight = 40 + 40 + titleLines.length * Math.round(titleSize * 1.35) + 32
  ops.push({ kind: 'rect', x: 0, y: 0, width: WIDTH, height: headerHeight, color: RED })
  cursor.y = 40
  ops.push({ kind: 'text', text: '防骗提醒', x: PADDING, y: cursor.y + 30, size: 32, color: WHITE, bold: true })
  cursor.y += 40
  for (const line of titleLines) {
    cursor.y += Math.round(titleSize * 1.35)
    ops.push({ kind: 'text', text: line, x: PADDING, y: cursor.y, size: titleSize, color: WHITE, bold: true })
  }
  cursor.y = headerHeight + 16

  // A fixed-size share image takes only the signs that fit above its footer, the certain ones first.
  const textHeight = (text: string, size: number, bold = false) => wrap(cursor, text, size, bold).length * Math.round(size * 1.45)
  const room = (needed: number) => !fixedHeight || cursor.y + needed <= fixedHeight - FOOTER_HEIGHT
  for (const [heading, signs] of [
    [SCAM_SIGNS_HEADING, card.scamSigns],
    [CHECK_SIGNS_HEADING, card.checkSigns],
  ] as const) {
    if (signs.length === 0 || !room(textHeight(heading, 34, true) + 4 + textHeight(`• ${signs[0]}`, 32))) continue
    paragraph(cursor, heading, 34, DARK, { bold: true, gap: 4 })
    for (const sign of signs) {
      if (!room(textHeight(`• ${sign}`, 32))) break
      paragraph(cursor, `• ${sign}`, 32, DARK, { gap: 4 })
    }
  }

  if (format === 'full') {
    cursor.y += 16
    paragraph(cursor, '遇到了怎么办：', 34, DARK, { bold: true, gap: 4 })
    card.actions.forEach((action, index) => paragraph(cursor, `${index + 1}. ${action}`, 32, DARK, { gap: 4 }))
    cursor.y += 16
    paragraph(cursor, RECOVERY_LINE, 30, RED, { gap: 8 })
  }

  // Footer: the one number to call.
  const height = fixedHeight ?? cursor.y + 32 + FOOTER_HEIGHT
  ops[0] = { kind: 'rect', x: 0, y: 0, width: WIDTH, height, color: WHITE }
  const footerTop = height - FOOTER_HEIGHT
  ops.push({
    kind: 'rect',
    x: PADDING,
    y: footerTop + 16,
    width: WIDTH - PADDING * 2,
    height: FOOTER_HEIGHT - 40,
    color: COLORS.dangerBg,
    radius: 16,
  })
  ops.push({
    kind: 'text',
    text: '拿不准？拨打 96110 咨询',
    x: WIDTH / 2,
    y: footerTop + 72,
    size: 40,
    color: RED,
    bold: true,
    align: 'center',
  })
  ops.push({
    kind: 'text',
    text: '转给家人看看 · 本图不含任何个人信息',
    x: WIDTH / 2,
    y: footerTop + 114,
    size: MIN_TEXT_PX,
    color: MUTED,
    align: 'center',
  })
  return { width: WIDTH, height, ops }
}
