import { HOTLINES } from '@/content/hotlines'
import type { CallableHotline } from '@/features/hotlines'
import { checkNumber, findNumbers } from '@/features/checker/numbers'

const CALLABLE = HOTLINES.filter((hotline): hotline is CallableHotline => Boolean(hotline.dial))

describe('checkNumber', () => {
  it.each([
    ['95530', false, 'verified'],
    ['4008-300-999', false, 'verified'],
    ['110', false, 'emergency'],
    ['96110', false, 'emergency'],
    ['02196110', false, 'emergency'],
    // Near an official number: not verified, and never called fake (hotlines.md).
    ['+95530', false, 'abroad'],
    ['0095530', false, 'abroad'],
    ['955301', false, 'near'],
    ['1095588', false, 'near'],
    // 中行信用卡's real card-centre number: near 95566, so 「无法核实」, not fake.
    ['4006695566', true, 'near'],
    ['12381', false, 'sender'],
    ['10699000', false, 'sender'],
    ['+1 555 123 4567', false, 'abroad'],
    ['+63 912 345 6789', true, 'abroad'],
    ['13800138000', true, 'mobile-claiming'],
    ['400-123-4567', true, 'mobile-claiming'],
    ['13800138000', false, 'unknown'],
    ['02161234567', true, 'unknown'],
  ])('%s (claims official: %s) is %s', (number, claims, kind) => {
    expect(checkNumber(number, CALLABLE, claims).kind).toBe(kind)
  })

  it('names the body a verified number belongs to', () => {
    const result = checkNumber('95530', CALLABLE, true)
    expect(result.kind === 'verified' && result.hotline.name).toBe('东方航空')
  })
})

describe('findNumbers', () => {
  it('finds phone numbers and skips codes, amounts, dates and order numbers', () => {
    const text = '验证码 483920，金额 12000元，订单号 2026112700123，2026-11-27 请致电 400-123-4567 或 13800138000'
    expect(findNumbers(text).map((found) => found.number)).toEqual(['400-123-4567', '13800138000'])
  })

  it('skips order numbers, pickup codes, ranges and account numbers', () => {
    const text = '订单E123456789已出票，取件码8-3-2107，日结300-800，户号0012345，车次G1234'
    expect(findNumbers(text)).toEqual([])
  })
})
