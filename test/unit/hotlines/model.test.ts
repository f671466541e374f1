import { HOTLINES, HOTLINE_GROUP_ORDER } from '@/content/hotlines'
import { callableHotline, callableInGroups, groupHotlines, searchHotlines, verifiedLabel } from '@/features/hotlines/model'

const ids = (list: { id: string }[]) => list.map((entry) => entry.id)

describe('hotline search', () => {
  it('finds by name', () => {
    expect(ids(searchHotlines(HOTLINES, '工商'))).toEqual(['icbc'])
  })

  it('finds by part of a number', () => {
    expect(ids(searchHotlines(HOTLINES, '9558'))).toEqual(['air-china', 'icbc', 'psbc'])
  })

  it('ignores spaces and hyphens in numbers', () => {
    expect(ids(searchHotlines(HOTLINES, '400 810-8866'))).toEqual(['credit-center'])
  })

  it('returns everything for an empty or blank query', () => {
    expect(searchHotlines(HOTLINES, '  ')).toHaveLength(HOTLINES.length)
  })

  it('returns nothing for a query that matches nothing', () => {
    expect(searchHotlines(HOTLINES, '没有这个机构')).toEqual([])
  })
})

describe('grouping', () => {
  it('keeps the group order and drops empty groups', () => {
    const sections = groupHotlines(searchHotlines(HOTLINES, '航空'), HOTLINE_GROUP_ORDER)
    expect(sections.map((section) => section.group)).toEqual(['airline'])
  })

  it('offers every callable bank and payment platform in the bank picker, none unverified', () => {
    const picker = callableInGroups(HOTLINES, ['bank', 'payment'])
    expect(picker).toHaveLength(15)
    expect(ids(picker)).toEqual(expect.arrayContaining(['icbc', 'alipay', 'wechat-pay']))
  })

  it('leaves Shenzhen Airlines out of the airline picker, for want of a verified number', () => {
    expect(ids(callableInGroups(HOTLINES, ['airline']))).not.toContain('shenzhen-airlines')
  })
})

describe('lookups', () => {
  it('finds 110 and 96110 by id', () => {
    expect(callableHotline(HOTLINES, 'anti-fraud-96110').dial).toBe('96110')
  })

  it('refuses an unverified or unknown id', () => {
    expect(() => callableHotline(HOTLINES, 'shenzhen-airlines')).toThrow()
    expect(() => callableHotline(HOTLINES, 'nope')).toThrow()
  })

  it('labels the verification month', () => {
    expect(verifiedLabel('2026-11')).toBe('核实于 2026-11')
  })
})
