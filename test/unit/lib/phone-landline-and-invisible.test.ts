// F1 and U1 of issue 23: a landline typed with +86 keeps its area code's 0, and characters the
// user cannot see (zero-width spaces, full-width Ｘ) never cause an error about them.
import { normalisePhone } from '@/lib/phone-number'
import { checkAccount } from '@/lib/account-number'
import { checkIdNumber } from '@/lib/id-number'
import { parseAmount } from '@/lib/money'

describe('F1: a landline after +86 or 0086 keeps the 0 of its area code', () => {
  it.each([
    ['+86 10 8888 1234', '01088881234'],
    ['+86 21 6234 5678', '02162345678'],
    ['0086 755 8888 1234', '075588881234'],
    ['+86 571 8765432', '05718765432'],
    ['+86 010 8888 1234', '01088881234'],
    ['86 10 8888 1234', '01088881234'],
    ['86 755 8888 1234', '075588881234'],
  ])('%p dials %p', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, phone: expected, abroad: false })
  })

  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['+86 400 123 4567', '4001234567'],
    ['+86 95555', '95555'],
  ])('leaves a mobile or a service number %p as it is', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, phone: expected, abroad: false })
  })
})

describe('U1: invisible and full-width characters', () => {
  const zeroWidth = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060']

  it.each(zeroWidth)('strips U+%s from a phone number, an account and an amount', (mark) => {
    expect(normalisePhone(`138${mark}0013 8000`)).toEqual({ ok: true, phone: '13800138000', abroad: false })
    expect(checkAccount(`6222${mark}0000 1234 5678`)).toEqual({ ok: true, account: '62220000 1234 5678' })
    expect(parseAmount(`1200${mark}`)).toMatchObject({ ok: true, fen: 120000 })
  })

  it('accepts a full-width Ｘ or ｘ as the check character, and a zero-width space anywhere', () => {
    expect(checkIdNumber('11010519491231002Ｘ')).toEqual({ ok: true, idNumber: '11010519491231002X' })
    expect(checkIdNumber('11010519491231002ｘ')).toEqual({ ok: true, idNumber: '11010519491231002X' })
    expect(checkIdNumber('110105\u200b19491231002X')).toEqual({ ok: true, idNumber: '11010519491231002X' })
  })
})
