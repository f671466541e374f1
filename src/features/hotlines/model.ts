import type { Hotline, HotlineGroup } from '@/content/types'

/** A hotline the user may tap to call: it has a number, and the number is not unverified. */
export type CallableHotline = Hotline & { dial: string }

export function isCallable<H extends Hotline>(hotline: H): hotline is H & CallableHotline {
  return hotline.status !== 'unverified' && typeof hotline.dial === 'string' && hotline.dial.length > 0
}

export function displayNumber(hotline: CallableHotline): string {
  return hotline.display ?? hotline.dial
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
