/**
 * How far a fact has been checked (see shared/facts/hotlines.md):
 * - official: read on the organisation's own site or a government site
 * - secondary: only news or third-party pages confirm it; shown with 「以官方渠道为准」
 * - unverified: never shown as something the user can call
 */
export type FactStatus = 'official' | 'secondary' | 'unverified'

/** Where a stated fact comes from, and when we last checked it (YYYY-MM). */
export interface Sourced {
  source: string
  verifiedAt: string
}

export type HotlineGroup = 'emergency' | 'report' | 'regulator' | 'airline' | 'bank' | 'payment' | 'operator' | 'travel' | 'support'

/**
 * One official channel as the call buttons need it: a phone number to call, or (with no `dial`)
 * a website or app to report through. Its purpose and source are a HotlineDetail.
 */
export interface Hotline {
  id: string
  /** The organisation, in the words the user knows it by. */
  name: string
  group: HotlineGroup
  status: FactStatus
  /** Digits to dial. Absent when there is no verified number; the entry is then shown as a note only. */
  dial?: string
  /** How the number is written for people, e.g. 4008-300-999. */
  display?: string
  /**
   * What the number is for, on its call buttons: 110 is for 报警, 96110 for 咨询.
   * Buttons show it so that no screen offers an advice line as the line to report on.
   */
  role?: string
}

/** What a hotline is for and where its number comes from, for the directory and the step cards. */
export interface HotlineDetail extends Sourced {
  /** What to use it for, one short line. */
  purpose: string
  /** A website, app or WeChat account to use instead of, or as well as, the phone. */
  channel?: string
  /** A caveat shown under the entry. */
  note?: string
}

export type HotlineEntry = Hotline & HotlineDetail

/** A button on a step that reaches an official channel; shared by the emergency steps and the plan. */
export type HotlineAction =
  /** One call button per hotline id. */
  | { kind: 'call'; hotlineIds: string[] }
  /** A smaller button for a line that is for advice, not for reporting: 「拿不准？打 96110 咨询」. */
  | { kind: 'consult'; hotlineId: string; label: string }
  /** A website or account to report through, shown as text with a copy button. */
  | { kind: 'channel'; hotlineId: string }
  /** A grid of every callable number in these groups, e.g. all banks; one tap dials. */
  | { kind: 'pick'; groups: HotlineGroup[]; prompt: string }
