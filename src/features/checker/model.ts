import { BRANDS, KNOWN_FAKE_DOMAINS, type Brand } from '@/content/checker-brands'
import { SCAM_SIGNALS, type ScamTypeId } from '@/content/scam-signals'
import type { CallableHotline } from '@/features/hotlines'
import { checkLink, findLinks } from './links'
import { normalise, originalSpan } from './normalise'
import { checkNumber, findNumbers, type NumberVerdict } from './numbers'

/** Longer text is cut here, and the user is told so. */
export const MAX_CHECK_LENGTH = 5000

export type Verdict = 'scam' | 'suspicious' | 'clear'

export interface Flag {
  id: string
  /** The user's own words that raised it. */
  quote: string
  /** Where the quote is in the (possibly cut) input, for highlighting. */
  start: number
  end: number
  weight: number
  why: string
}

export interface CheckResult {
  verdict: Verdict
  score: number
  type: ScamTypeId | null
  flags: Flag[]
  /** Every number found, and the caller's number if given, with what it is. */
  numbers: NumberVerdict[]
  /** Bodies the message claims to be or names, for their verified numbers. */
  brands: Brand[]
  /** True when the text was longer than MAX_CHECK_LENGTH and only its start was checked. */
  cut: boolean
}

const SCAM_AT = 4
const SUSPICIOUS_AT = 2

/** A warning that quotes a scam's words: 「公检法不会要求转账到安全账户」 is advice, not a demand. */
const WARNING_BEFORE = /(不会|不要|不得|切勿|谨防|警惕|防范|绝不|从不|凡是|任何人?|勿)[^。！？!?\n]{0,10}$/

/** Words that claim an official body: then a mobile or 400 number is a warning. */
const CLAIMS_POLICE = /公安|警官|民警|派出所|检察院|法院|反诈中心|网警/

function flagFor(signal: { id: string; weight: number; why: string }, input: string, normalised: ReturnType<typeof normalise>, start: number, end: number): Flag {
  const span = originalSpan(input, normalised, start, end)
  return { id: signal.id, quote: span.quote, start: span.start, end: span.end, weight: signal.weight, why: signal.why }
}

function numberFlag(verdict: NumberVerdict): { id: string; weight: number; why: string } | null {
  switch (verdict.kind) {
    case 'lookalike':
      return { id: 'number-lookalike', weight: 3, why: `这个号码像${verdict.of.name}的 ${verdict.of.dial}，但多了或改了数字，是冒充的。` }
    case 'abroad':
      return { id: 'number-abroad', weight: 2, why: '这是境外号码。国内的银行、航空公司和公安不会用境外号码联系你。' }
    case 'mobile-claiming':
      return { id: 'number-not-official', weight: 2, why: '自称官方，却用手机号或 400 号码联系你。官方只用公布的客服电话。' }
    default:
      return null
  }
}

/**
 * Checks a message on the phone: pasted text, and optionally the caller's number. Every point of
 * the score is a flag with the user's words quoted, so no verdict comes without its reasons.
 */
export function checkMessage(rawInput: string, hotlines: CallableHotline[], callerNumber?: string): CheckResult {
  const cut = rawInput.length > MAX_CHECK_LENGTH
  const input = cut ? rawInput.slice(0, MAX_CHECK_LENGTH) : rawInput
  const normalised = normalise(input)
  const text = normalised.text
  const flags: Flag[] = []
  const types: ScamTypeId[] = []

  for (const signal of SCAM_SIGNALS) {
    for (const pattern of signal.patterns) {
      const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text)
      if (!match || WARNING_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
      flags.push(flagFor(signal, input, normalised, match.index, match.index + match[0].length))
      if (signal.scamType) types.push(signal.scamType)
      break
    }
  }

  const brands = BRANDS.filter((brand) => brand.names.some((name) => text.includes(name)))
  const claimsOfficial = brands.length > 0 || CLAIMS_POLICE.test(text) || /客服|官方/.test(text)

  const numbers: NumberVerdict[] = []
  const flaggedNumbers = new Set<string>()
  for (const found of findNumbers(text)) {
    const verdict = checkNumber(found.number, hotlines, claimsOfficial)
    numbers.push(verdict)
    const flag = numberFlag(verdict)
    if (flag && !flaggedNumbers.has(flag.id)) {
      flaggedNumbers.add(flag.id)
      flags.push(flagFor(flag, input, normalised, found.start, found.end))
    }
  }
  if (callerNumber?.trim()) {
    const verdict = checkNumber(callerNumber, hotlines, claimsOfficial)
    numbers.push(verdict)
    const flag = numberFlag(verdict)
    if (flag && !flaggedNumbers.has(flag.id)) flags.push({ ...flag, quote: callerNumber.trim(), start: -1, end: -1 })
  }

  // A message that names a body and gives only that body's verified number reads like its own notice;
  // one that names a body and gives another body's number does not.
  const verified = numbers.filter((number) => number.kind === 'verified')
  if (brands.length > 0 && verified.length > 0) {
    const own = verified.filter((number) => brands.some((brand) => brand.hotlineId === number.hotline.id))
    const found = findNumbers(text)
    if (own.length === verified.length && verified.length === numbers.length) {
      const first = found[0]
      const why = `号码是${own[0].hotline.name}公布的官方电话。仍请自己拨打官方电话核实，不要点链接、不要转账。`
      flags.push(flagFor({ id: 'official-number', weight: -1, why }, input, normalised, first.start, first.end))
    } else if (own.length < verified.length) {
      const other = verified.find((number) => !own.includes(number))
      const at = found.find((item) => other && item.number.replace(/\D/g, '') === other.number.replace(/\D/g, ''))
      const why = `自称${brands[0].names[0]}，给的却是${other?.hotline.name ?? '别家'}的号码，前后对不上。`
      if (at) flags.push(flagFor({ id: 'number-mismatch', weight: 2, why }, input, normalised, at.start, at.end))
    }
  }

  let lookalikeLink = false
  for (const found of findLinks(text)) {
    const verdict = checkLink(found.domain, BRANDS, KNOWN_FAKE_DOMAINS)
    if (verdict.kind === 'lookalike' && !lookalikeLink) {
      lookalikeLink = true
      const why = verdict.brand ? `这个网址冒用了${verdict.brand.names[0]}的名字，不是它的官方网站。` : '这个网址是已知的假冒网站，或把 110、96110 写成了字母。'
      flags.push(flagFor({ id: 'link-lookalike', weight: 3, why }, input, normalised, found.start, found.end))
    } else if (verdict.kind === 'other' && !flags.some((flag) => flag.id === 'link-unknown')) {
      flags.push(flagFor({ id: 'link-unknown', weight: 1, why: '不要点短信和聊天里的链接。要办事，自己打开官方 App 或打官方电话。' }, input, normalised, found.start, found.end))
    }
  }

  const score = Math.max(0, flags.reduce((sum, flag) => sum + flag.weight, 0))
  const strong = flags.some((flag) => flag.weight >= 3)
  const verdict: Verdict = strong || score >= SCAM_AT ? 'scam' : score >= SUSPICIOUS_AT ? 'suspicious' : 'clear'
  return { verdict, score, type: mostCommon(types), flags: flags.sort((a, b) => b.weight - a.weight || a.start - b.start), numbers, brands, cut }
}

function mostCommon(types: ScamTypeId[]): ScamTypeId | null {
  if (types.length === 0) return null
  const counts = new Map<ScamTypeId, number>()
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0]
}
