import { BRANDS, KNOWN_FAKE_DOMAINS, OTHER_OFFICIAL_DOMAINS } from '@/content/checker-brands'
import { checkLink, domainOwners, findLinks } from '@/features/checker/links'

const OWNERS = domainOwners(BRANDS, OTHER_OFFICIAL_DOMAINS)

describe('links', () => {
  it('finds addresses with and without http', () => {
    expect(findLinks('点 http://ceair-refund.com/a?b=1 或 www.ceair.com，再看 abc.top').map((found) => found.domain)).toEqual([
      'ceair-refund.com',
      'www.ceair.com',
      'abc.top',
    ])
  })

  it('finds spaced-out and unusual-ending links after normalising, and the whole domain', () => {
    expect(findLinks('打开 court-gov.cn.ch 或 x.fyi/a').map((found) => found.domain)).toEqual(['court-gov.cn.ch', 'x.fyi'])
    expect(findLinks('下载App.然后 3.5G 流量').map((found) => found.domain)).toEqual([])
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
    // Links by shape, not a list of endings; a brand inside someone else's domain is a lookalike.
    ['court-gov.cn.ch', 'lookalike'],
    ['icbc.com.cn.xyz.top', 'lookalike'],
    ['icbc-kf.com', 'lookalike'],
    ['m.icbc.com.cn', 'official'],
    ['www.court.gov.cn', 'official'],
    ['etc-sj.com', 'other'],
    ['fake.fyi', 'other'],
  ])('%s is %s', (domain, kind) => {
    expect(checkLink(domain, OWNERS, KNOWN_FAKE_DOMAINS).kind).toBe(kind)
  })
})
