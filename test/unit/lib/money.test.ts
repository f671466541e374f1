import fc from 'fast-check'
import { fenToInput, formatFen, parseAmount } from '@/lib/money'

const fen = (input: string) => {
  const parsed = parseAmount(input)
  return parsed.ok ? parsed.fen : parsed.message
}

describe('parseAmount', () => {
  it.each([
    ['1200', 120000],
    ['1,200.50', 120050],
    ['¥1200', 120000],
    ['￥1,200', 120000],
    ['1200元', 120000],
    ['１２００', 120000],
    ['１，２００．５', 120050],
    [' 3000 ', 300000],
    ['0.01', 1],
    ['12.3', 1230],
  ])('reads %p as %i fen', (input, expected) => {
    expect(fen(input)).toBe(expected)
  })

  it.each([
    ['1,2O0', '金额只能填数字，例如 1200 或 1,200.50'],
    ['-100', '金额不能是负数'],
    ['¥-100', '金额不能是负数'],
    ['12.345', '金额最多两位小数（到“分”）'],
    ['', '请填写金额'],
    ['abc', '金额只能填数字，例如 1200 或 1,200.50'],
    ['1,20,0', '金额只能填数字，例如 1200 或 1,200.50'],
    ['1.2.3', '金额只能填数字，例如 1200 或 1,200.50'],
    ['999999999999', '金额太大了，请检查是否多输了数字'],
  ])('refuses %p with a message', (input, message) => {
    expect(fen(input)).toBe(message)
  })

  it('reads back every amount in every way people write it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.constantFrom('plain', 'grouped', 'yen', 'yuan', 'fullwidth'),
        (value, style) => {
          const plain = fenToInput(value)
          const grouped = formatFen(value).slice(1)
          const written: string = {
            plain,
            grouped,
            yen: `¥${grouped}`,
            yuan: `${plain}元`,
            fullwidth: plain.replace(/[0-9.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)),
          }[style] as string
          expect(parseAmount(written)).toEqual({ ok: true, fen: value })
        },
      ),
    )
  })

  it('never accepts a letter where a digit should be, and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseAmount(input)
        if (result.ok) expect(input).not.toMatch(/[A-Za-z]/)
      }),
    )
  })
})

describe('formatFen', () => {
  it('groups thousands and always shows fen', () => {
    expect(formatFen(120050)).toBe('¥1,200.50')
    expect(formatFen(0)).toBe('¥0.00')
    expect(formatFen(100000000)).toBe('¥1,000,000.00')
  })
})
