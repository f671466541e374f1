import type { LetterId } from '@/content/plan-steps'
import { GAP_PREFIX, LETTER_FIELDS, buildLetter, type LetterContext, type LetterDetails } from '@/features/plan/letters'
import type { PlanAnswers } from '@/features/plan/model'

const NOW = Date.UTC(2026, 10, 22, 6)
const answers: PlanAnswers = {
  situation: 'airline-scam',
  moneyLost: true,
  amountFen: 300000,
  payments: ['bank'],
  codeGiven: false,
  remoteApp: false,
  sourceKnown: true,
}
const details: LetterDetails = {
  ownerName: '王小明',
  ownerPhone: '13800138000',
  ownerIdNumber: '110101199001011234',
  sourceName: '某航空公司',
  accountOrOrder: 'ORDER123',
  bankName: '工商银行',
  cardNumber: '6222000012345678',
  receiptNumber: '京公（朝）受案字〔2026〕1号',
}
const complete: LetterContext = {
  answers,
  details,
  transfers: [{ at: NOW, amountFen: 300000, account: '6217000088889999', institution: '建设银行' }],
  reportPack: '报案材料\n一、基本情况……',
  now: NOW,
}
const LETTERS: LetterId[] = ['deletion-request', 'regulator-complaint', 'bank-stop-payment', 'police-statement']

describe('letters', () => {
  it.each(LETTERS)('%s with complete data has no gaps', (id) => {
    const letter = buildLetter(id, complete)
    expect(letter.gaps).toEqual([])
    expect(letter.text).not.toContain(GAP_PREFIX)
  })

  it.each(LETTERS)('%s with nothing filled in marks every gap', (id) => {
    const letter = buildLetter(id, { answers, details: {}, transfers: [], now: NOW })
    const marked = [...letter.text.matchAll(/【请填写：([^】]+)】/g)].map((match) => match[1])
    expect(letter.gaps.length).toBeGreaterThan(0)
    expect(new Set(marked)).toEqual(new Set(letter.gaps))
    for (const field of LETTER_FIELDS.filter((entry) => entry.letters.includes(id))) {
      expect(letter.text).not.toContain(`${details[field.field]}`)
    }
  })

  it('cites the articles the issue names in the deletion request', () => {
    const text = buildLetter('deletion-request', complete).text
    expect(text).toContain('《个人信息保护法》第五十七条、第四十七条')
    expect(text).toContain('《民法典》第一千零三十八条')
  })

  it('sends the complaint to the regulator that fits the situation', () => {
    expect(buildLetter('regulator-complaint', { ...complete, answers: { ...answers, situation: 'lending-leak' } }).text).toContain(
      '国家金融监督管理总局（12378）',
    )
    expect(buildLetter('regulator-complaint', complete).text).toContain('市场监督管理部门（12315）')
    expect(buildLetter('regulator-complaint', { ...complete, answers: { ...answers, situation: 'phone-leak' } }).text).toContain('12321')
  })

  it('lists the transfers from the case file in the stop-payment request, citing Anti-Fraud Law art. 20', () => {
    const text = buildLetter('bank-stop-payment', complete).text
    expect(text).toContain('¥3,000.00 → 6217000088889999，建设银行')
    expect(text).toContain('《反电信网络诈骗法》第二十条')
  })

  it('reuses the report pack in the police statement', () => {
    expect(buildLetter('police-statement', complete).text).toContain('报案材料\n一、基本情况……')
  })

  it('never promises the money back', () => {
    for (const id of LETTERS) expect(buildLetter(id, complete).text).not.toMatch(/保证追回|一定能追回/)
  })
})
