import type { FactStatus, Hotline, HotlineEntry, HotlineGroup } from '@/content/types'

/** A hotline the user may tap to call: it has a number, and the number is not unverified. */
export type CallableHotline = Hotline & { dial: string }

export function isCallable<H extends Hotline>(hotline: H): hotline is H & CallableHotline {
  return hotline.status !== 'unverified' && typeof hotline.dial === 'string' && hotline.dial.length > 0
}

export function displayNumber(hotline: CallableHotline): string {
  return hotline.display ?? hotline.dial
}

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

/** Every callable number in the given groups, in content order: the bank picker, the airline picker. */
export function callableInGroups<H extends Hotline>(hotlines: readonly H[], groups: readonly HotlineGroup[]): (H & CallableHotline)[] {
  return hotlines.filter((hotline): hotline is H & CallableHotline => groups.includes(hotline.group) && isCallable(hotline))
}

/** A hotline the app's own content names by id and must be able to dial, such as 110 and 96110. */
export function callableHotline<H extends Hotline>(hotlines: readonly H[], id: string): H & CallableHotline {
  const found = hotlines.find((hotline) => hotline.id === id)
  if (!found || !isCallable(found)) throw new Error(`Hotline ${id} is missing or not callable`)
  return found
}

/** The directory entry that dials exactly this number, if any: how a typed number is told from a verified one. */
export function verifiedHotlineFor(hotlines: readonly Hotline[], number: string): CallableHotline | undefined {
  const digits = number.replace(/[\s-]/g, '')
  return hotlines.find((hotline): hotline is CallableHotline => isCallable(hotline) && hotline.dial === digits)
}

/** How a number the user typed is labelled wherever it is shown: it is never presented as official. */
export const UNVERIFIED_NUMBER_LABEL = '你填写的号码（未核实）'
