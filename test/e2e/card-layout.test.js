// The warning card's lines, measured by Chromium's own canvas with a CJK font: each fits the card,
// and Chinese line-breaking rules hold. (The unit tests check the rules with a stand-in width.)
const path = require('path')
const { withBundledPage } = require('../support/bundle-page')

jest.setTimeout(60_000)

const CARD_WIDTH = 750
const PADDING = 48

let lines
beforeAll(async () => {
  lines = await withBundledPage(path.join(__dirname, 'card-layout-entry.ts'), (page) => page.evaluate(() => window.measuredLines()))
})

describe('warning card lines in Chromium', () => {
  it('lays out every card in every format', () => {
    expect(lines.length).toBeGreaterThan(100)
  })

  it('fits every line inside the card, measured by the canvas', () => {
    const over = lines.filter((line) => {
      const left = line.align === 'center' ? line.x - line.width / 2 : line.x
      return left < PADDING - 0.5 || left + line.width > CARD_WIDTH - PADDING + 0.5
    })
    expect(over).toEqual([])
  })

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    expect(lines.filter((line) => /^[，。、；：？！）」』”’》〉】…—]/.test(line.text)).map((line) => line.text)).toEqual([])
    expect(lines.filter((line) => /[（「『“‘《〈【]$/.test(line.text)).map((line) => line.text)).toEqual([])
  })

  it('never splits a phone number or an amount', () => {
    const pieces = lines.map((line) => line.text).join('\n')
    for (const whole of ['95583', '95539', '400-810-8866', '96110', '3,000']) {
      if (!pieces.replace(/\n/g, '').includes(whole)) continue
      expect(pieces).toContain(whole)
    }
  })
})
