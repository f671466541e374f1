import fs from 'fs'
import path from 'path'
import fc from 'fast-check'
import { CALLER_PHRASES } from '@/content/caller-phrases'
import { GENERAL_WARNING, RECIPIENT_TRUST_LINE, RECOVERY_LINE, SCAM_WARNINGS } from '@/content/scam-warnings'
import { cardFor, cardText, parseCardType, parseSenderNote, shareInfo } from '@/features/warning-card/model'

const REQUIRED = ['flight', 'refund', 'credit', 'police', 'rebate', 'impersonation', 'investment', 'recovery']

describe('scam warning content', () => {
  it('covers every scam type the issue names', () => {
    expect(SCAM_WARNINGS.map((warning) => warning.id)).toEqual(REQUIRED)
  })

  it.each([...SCAM_WARNINGS, GENERAL_WARNING].map((warning) => [warning.id, warning]))(
    '%s has every field, 3–5 signs and a source',
    (_id, warning) => {
      expect(warning.name).not.toBe('')
      expect(warning.title).not.toBe('')
      const signs = warning.scamSigns.length + warning.checkSigns.length
      expect(signs).toBeGreaterThanOrEqual(3)
      expect(signs).toBeLessThanOrEqual(5)
      // A sign that settles it comes first: every card has at least one.
      expect(warning.scamSigns.length).toBeGreaterThan(0)
      expect(warning.actions.length).toBeGreaterThanOrEqual(3)
      expect(warning.source).toMatch(/shared\/facts\//)
      expect(warning.verifiedAt).toMatch(/^\d{4}-\d{2}$/)
    },
  )

  it('puts hanging up or not paying first, never a number to call', () => {
    for (const warning of [...SCAM_WARNINGS, GENERAL_WARNING])
      expect({ id: warning.id, first: warning.actions[0] }).toEqual({
        id: warning.id,
        first: expect.stringMatching(/挂断|不转账|不再转|不下载|不付/),
      })
  })

  it('speaks plainly: no hedged 「十有八九」', () => {
    expect(JSON.stringify([SCAM_WARNINGS, GENERAL_WARNING])).not.toMatch(/十有八九|可能是骗局/)
  })

  it('names only caller phrases the checker has', () => {
    const ids = new Set(CALLER_PHRASES.map((phrase) => phrase.id))
    for (const warning of SCAM_WARNINGS)
      for (const id of warning.callerPhraseIds)
        expect({ card: warning.id, id, known: ids.has(id) }).toEqual({ card: warning.id, id, known: true })
  })

  it('says on the recipient page who made it and what it does not ask for', () => {
    expect(RECIPIENT_TRUST_LINE).toContain('被骗急救')
    expect(RECIPIENT_TRUST_LINE).toMatch(/不用登录.*不用付钱.*看不到/)
    expect(RECIPIENT_TRUST_LINE).toContain('2026 年 11 月')
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

  it.each([[undefined], [''], ['<script>alert(1)</script>'], ['%E0%A4%A'], ['flight;drop'], [42], ['general']])(
    'gives the general card for %p',
    (raw) => {
      expect(parseCardType(raw)).toBe('general')
    },
  )

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
      title: '防骗提醒：电话里说你涉嫌犯罪、要你转钱，就是骗局',
      path: '/share/pages/view/index?type=police',
      query: 'type=police',
    })
  })

  it('writes a text version with the signs, what to do, the recovery warning and 96110', () => {
    const text = cardText(cardFor('flight'))
    expect(text.startsWith('【防骗提醒】“航班取消，给你退款”是骗局')).toBe(true)
    const card = cardFor('flight')
    for (const sign of [...card.scamSigns, ...card.checkSigns]) expect(text).toContain(`· ${sign}`)
    expect(text.indexOf('这就是骗局的说法')).toBeLessThan(text.indexOf('先别信，打官方电话核实'))
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

describe("the sender's optional note", () => {
  it('is off by default: the link carries only the type', () => {
    expect(shareInfo(cardFor('police')).path).toBe('/share/pages/view/index?type=police')
  })

  it('travels in the link and the text as one clean line, and reads back the same', () => {
    const info = shareInfo(cardFor('police'), ' 我刚被骗了，\n看到请打给我 ')
    expect(info.title).toBe('我刚被骗了， 看到请打给我｜防骗提醒')
    const note = new URLSearchParams(info.query).get('note')
    expect(parseSenderNote(encodeURIComponent(note ?? ''))).toBe('我刚被骗了， 看到请打给我')
    expect(cardText(cardFor('police'), '看到请打给我').split('\n')[0]).toBe('发卡片的人说：看到请打给我')
  })

  it('reads a damaged or hostile note as nothing, and cuts a long one', () => {
    expect(parseSenderNote('%E4%ZZ')).toBe('')
    expect(parseSenderNote(undefined)).toBe('')
    expect([...parseSenderNote('字'.repeat(100))]).toHaveLength(40)
  })
})
