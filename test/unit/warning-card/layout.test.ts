import { GENERAL_WARNING, SCAM_WARNINGS } from '@/content/scam-warnings'
import { MIN_TEXT_PX, layoutCard, textWidth, wrapText, type CardFormat } from '@/features/warning-card/layout'

const cards = [...SCAM_WARNINGS, GENERAL_WARNING]
const formats: CardFormat[] = ['full', 'chat', 'moments']

describe('card layout', () => {
  it('makes chat images 5:4 and Moments images 1:1, 750 wide', () => {
    expect(layoutCard(cards[0], 'chat')).toMatchObject({ width: 750, height: 600 })
    expect(layoutCard(cards[0], 'moments')).toMatchObject({ width: 750, height: 750 })
    expect(layoutCard(cards[0], 'full').width).toBe(750)
  })

  it.each(formats)('keeps every text on the %s image legible and inside the picture', (format) => {
    for (const card of cards) {
      const { width, height, ops } = layoutCard(card, format)
      const texts = ops.filter((op) => op.kind === 'text')
      for (const op of texts) {
        if (op.kind !== 'text') continue
        expect(op.size).toBeGreaterThanOrEqual(MIN_TEXT_PX)
        expect(op.y).toBeLessThanOrEqual(height)
        const left = op.align === 'center' ? op.x - textWidth(op.text, op.size) / 2 : op.x
        expect(left).toBeGreaterThanOrEqual(0)
        expect(left + textWidth(op.text, op.size)).toBeLessThanOrEqual(width)
      }
    }
  })

  it('never lets the signs run into the 96110 footer on a fixed-size image', () => {
    for (const card of cards) {
      for (const format of ['chat', 'moments'] as const) {
        const { height, ops } = layoutCard(card, format)
        const body = ops.filter((op) => op.kind === 'text' && op.text.startsWith('•'))
        expect(body.length).toBeGreaterThan(0)
        for (const op of body) expect(op.y).toBeLessThanOrEqual(height - 150)
      }
    }
  })

  it('shows 96110 on every image', () => {
    for (const format of formats) {
      expect(layoutCard(GENERAL_WARNING, format).ops.some((op) => op.kind === 'text' && op.text.includes('96110'))).toBe(true)
    }
  })

  it('wraps Chinese by character and keeps numbers whole', () => {
    const lines = wrapText('只打航空公司官方电话核实，如国航 95583、南航 95539', 32, 400)
    // Spaces at a break are dropped; nothing else is lost.
    expect(lines.join('').replace(/ /g, '')).toBe('只打航空公司官方电话核实，如国航95583、南航95539')
    expect(lines.every((line) => textWidth(line, 32) <= 400)).toBe(true)
    expect(lines.some((line) => /9558$/.test(line))).toBe(false)
  })
})
