import { BRANDS, KNOWN_FAKE_DOMAINS } from '@/content/checker-brands'
import { checkLink, findLinks } from '@/features/checker/links'

describe('links', () => {
  it('finds addresses with and without http', () => {
    expect(findLinks('点 http://ceair-refund.com/a?b=1 或 www.ceair.com，再看 abc.top').map((found) => found.domain)).toEqual(['ceair-refund.com', 'www.ceair.com', 'abc.top'])
  })

  it.each([
    ['www.ceair.com', 'official'],
    ['ceair.com', 'official'],
    ['ceair-refund.com', 'lookalike'],
    ['ceair.com.refund-cn.top', 'lookalike'],
    ['icbc-safe.cn', 'lookalike'],
    ['96ll0.cc', 'lookalike'],
    ['usa110.com', 'lookalike'],
    ['example.com', 'other'],
  ])('%s is %s', (domain, kind) => {
    expect(checkLink(domain, BRANDS, KNOWN_FAKE_DOMAINS).kind).toBe(kind)
  })
})
