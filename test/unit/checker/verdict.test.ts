import fc from 'fast-check'
import { HOTLINES } from '@/content/hotlines'
import type { CallableHotline } from '@/features/hotlines'
import { checkMessage, MAX_CHECK_LENGTH } from '@/features/checker/model'

const CALLABLE = HOTLINES.filter((hotline): hotline is CallableHotline => Boolean(hotline.dial))
const check = (text: string, caller?: string) => checkMessage(text, CALLABLE, caller)

describe('verdicts', () => {
  it('calls a fake flight-refund SMS from a 400 number a scam, and names 东方航空', () => {
    const result = check('【东方航空】尊敬的旅客，您的MU5101航班因故取消，请联系客服 400-123-4567 办理退改签理赔。')
    expect(result.verdict).toBe('scam')
    expect(result.type).toBe('flight')
    expect(result.brands.map((brand) => brand.hotlineId)).toEqual(['china-eastern'])
    expect(result.flags.map((flag) => flag.quote)).toContain('400-123-4567')
  })

  it('does not flag a real flight change that gives only the airline’s own number', () => {
    const result = check('【东方航空】尊敬的旅客，您预订的11月28日MU5101航班时刻调整为10:05起飞，如需帮助请致电95530。')
    expect(result.verdict).toBe('clear')
    expect(result.numbers.map((number) => number.kind)).toEqual(['verified'])
  })

  it('is clear, with no flags, on an ordinary message and on empty input', () => {
    expect(check('妈，我今晚加班，晚点回家吃饭').verdict).toBe('clear')
    expect(check('')).toMatchObject({ verdict: 'clear', flags: [], score: 0 })
  })

  it('checks a caller’s number given on its own', () => {
    const result = check('', '+95530')
    expect(result.verdict).toBe('suspicious')
    expect(result.flags[0]).toMatchObject({ id: 'number-abroad', quote: '+95530' })
  })

  it('handles a message that is only a link, only a number, or only emoji', () => {
    expect(check('http://ceair-refund.com/lp').verdict).toBe('scam')
    expect(check('http://ceair-refund.com/lp').flags.map((flag) => flag.id)).toContain('link-lookalike')
    // A bare link nobody vouches for: never 「scam」, and worth a second look.
    expect(check('https://example.com').verdict).not.toBe('scam')
    expect(check('95530').numbers.map((number) => number.kind)).toEqual(['verified'])
    expect(check('0095530').verdict).toBe('suspicious')
    expect(check('😀😀🙏').verdict).toBe('clear')
  })

  it('treats <script> as text, and quotes it as typed', () => {
    const result = check('<script>alert(1)</script>请把验证码告诉我')
    expect(result.flags[0]).toMatchObject({ id: 'verification-code', quote: '把验证码' })
  })

  it('cuts very long text at the stated limit and says so', () => {
    const result = check('安全账户'.padEnd(MAX_CHECK_LENGTH + 100, '好'))
    expect(result.cut).toBe(true)
    expect(result.verdict).toBe('scam')
  })

  it('quotes exactly the user’s words for every flag', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('安 全 账 户', '保证金', '屏幕共享', 'ceair-refund.com'),
        fc.string(),
        (before, signal, after) => {
          const input = `${before}${signal}${after}`
          for (const flag of check(input).flags) if (flag.start >= 0) expect(input.slice(flag.start, flag.end)).toBe(flag.quote)
        },
      ),
    )
  })

  it('never throws, on any text', () => {
    fc.assert(fc.property(fc.fullUnicodeString({ maxLength: 400 }), (text) => void check(text)))
  })

  it('never lowers the verdict when a strong signal is added', () => {
    const rank = { clear: 0, suspicious: 1, scam: 2 }
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('请转到安全账户', '先交保证金', '打开屏幕共享', '把验证码告诉我'),
        (text, strong) => {
          const before = check(text)
          const after = check(`${text}。${strong}`)
          expect(rank[after.verdict]).toBeGreaterThanOrEqual(rank[before.verdict])
          expect(after.verdict).toBe('scam')
        },
      ),
    )
  })
})
