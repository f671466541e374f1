import fs from 'fs'
import path from 'path'
import fc from 'fast-check'
import { GENERAL_WARNING, RECOVERY_LINE, SCAM_WARNINGS } from '@/content/scam-warnings'
import { cardFor, cardText, parseCardType, shareInfo } from '@/features/warning-card/model'

const REQUIRED = ['flight', 'refund', 'credit', 'police', 'rebate', 'impersonation', 'investment', 'recovery']

describe('scam warning content', () => {
  it('covers every scam type the issue names', () => {
    expect(SCAM_WARNINGS.map((warning) => warning.id)).toEqual(REQUIRED)
  })

  it.each([...SCAM_WARNINGS, GENERAL_WARNING].map((warning) => [warning.id, warning]))('%s has every field, 3–5 signs and a source', (_id, warning) => {
    expect(warning.name).not.toBe('')
    expect(warning.title).not.toBe('')
    expect(warning.signs.length).toBeGreaterThanOrEqual(3)
    expect(warning.signs.length).toBeLessThanOrEqual(5)
    expect(warning.actions.length).toBeGreaterThanOrEqual(3)
    expect(warning.source).toMatch(/shared\/facts\//)
    expect(warning.verifiedAt).toMatch(/^\d{4}-\d{2}$/)
  })

  it('never promises the money back', () => {
    const copy = JSON.stringify([SCAM_WARNINGS, GENERAL_WARNING, RECOVERY_LINE])
    expect(copy).not.toMatch(/保证追回|一定能追回|全额退还/)
  })
})

describe('parseCardType', () => {
  it('accepts known ids, trimmed and in any case', () => {
    expect(parseCardType('flight')).toBe('flight')
    expect(parseCardType(' Police ')).toBe('police')
    expect(parseCardType('%20refund')).toBe('refund')
  })

  it.each([[undefined], [''], ['<script>alert(1)</script>'], ['%E0%A4%A'], ['flight;drop'], [42], ['general']])('gives the general card for %p', (raw) => {
    expect(parseCardType(raw)).toBe('general')
  })

  it('only ever returns a known id, never the raw input', () => {
    const known = new Set([...SCAM_WARNINGS.map((warning) => warning.id), 'general'])
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom(...REQUIRED)), (raw) => {
        expect(known.has(parseCardType(raw))).toBe(true)
      }),
    )
  })
})

describe('sharing', () => {
  it('puts only the type id in the share path', () => {
    expect(shareInfo(cardFor('police'))).toEqual({
      title: '防骗提醒：“你涉嫌犯罪”的电话，十有八九是骗局',
      path: '/share/pages/view/index?type=police',
      query: 'type=police',
    })
  })

  it('writes a text version with the signs, what to do, the recovery warning and 96110', () => {
    const text = cardText(cardFor('flight'))
    expect(text.startsWith('【防骗提醒】“航班取消，给你退款”是骗局')).toBe(true)
    for (const sign of cardFor('flight').signs) expect(text).toContain(`· ${sign}`)
    expect(text).toContain(RECOVERY_LINE)
    expect(text).toContain('96110')
  })

  it('keeps the card feature away from the case file', () => {
    const dir = path.resolve(__dirname, '../../../src/features/warning-card')
    const sources = fs.readdirSync(dir, { recursive: true }) as string[]
    for (const file of sources.filter((name) => /\.tsx?$/.test(name))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      expect({ file, imports: text.match(/features\/(evidence|calls|reminders|emergency)/g) }).toEqual({ file, imports: null })
    }
  })
})
