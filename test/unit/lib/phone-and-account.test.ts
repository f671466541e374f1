import fc from 'fast-check'
import { normalisePhone } from '@/lib/phone-number'
import { displayAccount, isNumericAccount, maskAccount } from '@/lib/account-number'

describe('normalisePhone', () => {
  it.each([
    ['+86 138-0013-8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['010-12345678', '01012345678'],
    ['（010）12345678', '01012345678'],
    ['１３８００１３８０００', '13800138000'],
    ['86 13800138000', '13800138000'],
    ['０１０－１２３４５６７８', '01012345678'],
  ])('normalises %p', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, phone: expected, abroad: false })
  })

  it.each([
    ['+1 555 123 4567', '+15551234567'],
    ['001 555 123 4567', '+15551234567'],
    ['+852 9123 4567', '+85291234567'],
  ])('keeps the country code of %p and marks it as from abroad, never a mainland-looking number', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, phone: expected, abroad: true })
  })

  it.each([['138OO138000'], ['call me'], ['12'], [''], ['1234567890123456']])('refuses %p', (input) => {
    expect(normalisePhone(input).ok).toBe(false)
  })

  it('strips any mix of spaces, hyphens and +86 down to the digits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[3-9]\d{9}$/),
        fc.array(fc.constantFrom(' ', '-'), { maxLength: 11 }),
        fc.boolean(),
        (digits, separators, withCountry) => {
          const written =
            (withCountry ? '+86 ' : '') +
            digits
              .split('')
              .map((digit, index) => digit + (separators[index] ?? ''))
              .join('')
          expect(normalisePhone(written)).toEqual({ ok: true, phone: digits, abroad: false })
        },
      ),
    )
  })
})

describe('account numbers', () => {
  it('shows a card number as digits only', () => {
    expect(displayAccount('6222 0000-1234 5678')).toBe('6222000012345678')
    expect(isNumericAccount('6222 0000 1234 5678')).toBe(true)
  })

  it('keeps a non-numeric account as typed', () => {
    expect(displayAccount(' scam@example.com ')).toBe('scam@example.com')
    expect(isNumericAccount('scam@example.com')).toBe(false)
  })

  it('masks all but the last 4 characters in lists', () => {
    expect(maskAccount('6222 0000 1234 5678')).toBe('**** 5678')
    expect(maskAccount('scam@example.com')).toBe('**** .com')
    expect(maskAccount('1234')).toBe('****')
    expect(maskAccount('')).toBe('****')
  })

  it('never shows more than 4 digits of a card number in a list', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8,19}$/), (card) => {
        expect(maskAccount(card).replace(/\D/g, '')).toBe(card.slice(-4))
      }),
    )
  })
})
