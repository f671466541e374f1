// The directory screen's rules: how an entry's status reads, and search and grouping.
import type { FactStatus, HotlineEntry, HotlineGroup } from '@/content/types'

export const STATUS_LABELS: Record<FactStatus, string> = {
  official: '官方核实',
  secondary: '以官方渠道为准',
  unverified: '号码未核实',
}

/** 「核实于 2026-11」 */
export function verifiedLabel(verifiedAt: string): string {
  return `核实于 ${verifiedAt}`
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s-]/g, '')
}

/**
 * Finds hotlines by name, purpose, channel or number. Digits match anywhere in the number,
 * so 「9558」 finds 95588 and 95580. An empty query returns every entry.
 */
export function searchHotlines(hotlines: readonly HotlineEntry[], query: string): HotlineEntry[] {
  const needle = normalise(query)
  if (!needle) return [...hotlines]
  return hotlines.filter((hotline) =>
    [hotline.name, hotline.purpose, hotline.channel ?? '', hotline.dial ?? '', hotline.display ?? '']
      .map(normalise)
      .some((field) => field.includes(needle)),
  )
}

export interface HotlineSection {
  group: HotlineGroup
  items: HotlineEntry[]
}

/** Groups hotlines in the given order, leaving out empty groups. */
export function groupHotlines(hotlines: readonly HotlineEntry[], order: readonly HotlineGroup[]): HotlineSection[] {
  return order
    .map((group) => ({ group, items: hotlines.filter((hotline) => hotline.group === group) }))
    .filter((section) => section.items.length > 0)
}
