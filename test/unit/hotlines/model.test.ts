import { HOTLINE_ENTRIES, HOTLINE_GROUP_ORDER } from '@/content/hotline-details'
import { callableHotline, callableInGroups } from '@/features/hotlines/model'
import { groupHotlines, searchHotlines, verifiedLabel } from '@/features/hotlines/directory'

const ids = (list: { id: string }[]) => list.map((entry) => entry.id)

describe('hotline search', () => {
  it('finds by name', () => {
    expect(ids(searchHotlines(HOTLINE_ENTRIES, '工商'))).toEqual(['icbc'])
  })

  it('finds by part of a number', () => {
    expect(ids(searchHotlines(HOTLINE_ENTRIES, '9558'))).toEqual(['air-china', 'icbc', 'psbc'])
  })

  it('ignores spaces and hyphens in numbers', () => {
    expect(ids(searchHotlines(HOTLINE_ENTRIES, '400 810-8866'))).toEqual(['credit-center'])
  })

  it('returns everything for an empty or blank query', () => {
    expect(searchHotlines(HOTLINE_ENTRIES, '  ')).toHaveLength(HOTLINE_ENTRIES.length)
  })

  it('returns nothing for a query that matches nothing', () => {
    expect(searchHotlines(HOTLINE_ENTRIES, '没有这个机构')).toEqual([])
  })
})

describe('grouping', () => {
  it('keeps the group order and drops empty groups', () => {
    const sections = groupHotlines(searchHotlines(HOTLINE_ENTRIES, '航空'), HOTLINE_GROUP_ORDER)
    expect(sections.map((section) => section.group)).toEqual(['airline'])
  })

  it('offers every callable bank and payment platform in the bank picker, none unverified', () => {
    const picker = callableInGroups(HOTLINE_ENTRIES, ['bank', 'payment'])
    expect(picker).toHaveLength(15)
    expect(ids(picker)).toEqual(expect.arrayContaining(['icbc', 'alipay', 'wechat-pay']))
  })

  it('leaves Shenzhen Airlines out of the airline picker, for want of a verified number', () => {
    expect(ids(callableInGroups(HOTLINE_ENTRIES, ['airline']))).not.toContain('shenzhen-airlines')
  })
})

describe('lookups', () => {
  it('finds 110 and 96110 by id', () => {
    expect(callableHotline(HOTLINE_ENTRIES, 'anti-fraud-96110').dial).toBe('96110')
  })

  it('refuses an unverified or unknown id', () => {
    expect(() => callableHotline(HOTLINE_ENTRIES, 'shenzhen-airlines')).toThrow()
    expect(() => callableHotline(HOTLINE_ENTRIES, 'nope')).toThrow()
  })

  it('labels the verification month', () => {
    expect(verifiedLabel('2026-11')).toBe('核实于 2026-11')
  })
})
