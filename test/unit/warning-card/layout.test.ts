import { GENERAL_WARNING, SCAM_WARNINGS } from '@/content/scam-warnings'
import fc from 'fast-check'
import { MIN_TEXT_PX, layoutCard, type CardFormat } from '@/features/warning-card/layout'
import { breakLines } from '@/lib/line-break'

const cards = [...SCAM_WARNINGS, GENERAL_WARNING]
const formats: CardFormat[] = ['full', 'chat', 'moments']

describe('card layout', () => {
  it('makes chat images 5:4 and Moments images 1:1, 750 wide', () => {
    expect(layoutCard(cards[0], 'chat')).toMatchObject({ width: 750, height: 600 })
    expect(layoutCard(cards[0], 'moments')).toMatchObject({ width: 750, height: 750 })
    expect(layoutCard(cards[0], 'full').width).toBe(750)
  })

  it.each(formats)(
    'keeps every text on the %s image at a legible size and inside the picture (widths are checked in Chromium)',
    (format) => {
      for (const card of cards) {
        const { height, ops } = layoutCard(card, format)
        for (const op of ops) {
          if (op.kind !== 'text') continue
          expect(op.size).toBeGreaterThanOrEqual(MIN_TEXT_PX)
          expect(op.y).toBeLessThanOrEqual(height)
        }
      }
    },
  )

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
})

/** One unit of width a character: enough to test where lines break. */
const perChar = (text: string) => [...text].length

describe('Chinese line breaking', () => {
  it('keeps phone numbers, amounts and Latin words whole', () => {
    for (let width = 6; width <= 20; width += 1) {
      const lines = breakLines('只打官方电话 4008-300-999，转出 ¥3,000 后下载的 App 要先截图', width, perChar)
      const joined = lines.join('\n')
      for (const unit of ['4008-300-999', '¥3,000', 'App']) expect(joined).toContain(unit)
    }
  })

  it('never starts a line with closing punctuation or ends one with opening punctuation', () => {
    const text = '骗子说“航班取消了”，要你下载会议App（屏幕共享），再转账到“安全账户”。不要转！'
    for (let width = 4; width <= 24; width += 1) {
      const lines = breakLines(text, width, perChar)
      for (const line of lines) {
        expect({ width, line, startsClosed: /^[，。、；：？！）」』”’》〉】…—]/.test(line) }).toMatchObject({ startsClosed: false })
        expect({ width, line, endsOpen: /[（「『“‘《〈【]$/.test(line) }).toMatchObject({ endsOpen: false })
      }
    }
  })

  it('loses no character, whatever the text and width (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'骗子说，。（）“”0123456789 -¥,Ab'.split('')), maxLength: 60 }),
        fc.integer({ min: 3, max: 30 }),
        (text, width) => {
          const lines = breakLines(text, width, perChar)
          return lines.join('').replace(/\s/g, '') === text.replace(/\s/g, '')
        },
      ),
    )
  })
})
