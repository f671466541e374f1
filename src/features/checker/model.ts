import { BRANDS, KNOWN_FAKE_DOMAINS, NOT_FOLLOWED_BY, OTHER_OFFICIAL_DOMAINS, type Brand } from '@/content/checker-brands'
import { CLAIMED_SENDERS, CORPUS_TYPES, REQUESTS, SCAM_SIGNALS, type ScamTypeId } from '@/content/scam-signals'
import type { CallableHotline } from '@/features/hotlines'
import { cutAtCodePoint } from '@/lib/cut-text'
import { scoreLearned } from './learned/score'
import { checkLink, domainOwners, findLinks } from './links'
import { isQuotedWarning } from './negation'
import { normalise, originalSpan, type Normalised } from './normalise'
import { checkNumber, findNumbers, type NumberVerdict } from './numbers'

/** Longer text is cut here (on a character boundary), and the user is told so. */
export const MAX_CHECK_LENGTH = 5000

export type Verdict = 'scam' | 'suspicious' | 'clear'

export interface Flag {
  id: string
  /** The user's own words that raised it. */
  quote: string
  /** Where the quote is in the (possibly cut) input, for highlighting; -1 for the caller's number. */
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

/**
 * What the learned scorer's log-odds add to the score: from 3 (about 95% like the scams it was
 * trained on) a verdict on its own; below -3 it holds a lone weak sign back. Chosen by training
 * without one author and checking that author's messages (`npm run train-checker -- --cv`).
 */
const LEARNED_POINTS: [number, number][] = [
  [3, 4],
  [1, 2],
  [-0.5, 1],
  [-3, 0],
]
const LEARNED_BELOW = -1
/**
 * A message that talks about scams and reads, as a whole, like the warnings it was learned from
 * (「警方提醒：…安全账户…都是诈骗」) quotes scam words to warn: its quoted words are not demands.
 */
const WARNING_WORDS = /谨防|警惕|反诈|防骗|上当|是诈骗|是骗子|骗子|骗局|诈骗分子|诈骗电话|诈骗短信/
const READS_AS_WARNING = 1

/** Words that claim an official body: then a mobile or 400 number is a warning. */
const CLAIMS_OFFICIAL = /公安|警官|民警|警方|派出所|检察院|法院|反诈中心|网警|客服|官方/

const OWNERS = domainOwners(BRANDS, OTHER_OFFICIAL_DOMAINS)

type Signal = { id: string; weight: number; why: string }

function flagFor(signal: Signal, input: string, normalised: Normalised, start: number, end: number): Flag {
  const span = originalSpan(input, normalised, start, end)
  return { id: signal.id, quote: span.quote, start: span.start, end: span.end, weight: signal.weight, why: signal.why }
}

function numberFlag(verdict: NumberVerdict): Signal | null {
  switch (verdict.kind) {
    case 'near':
      return {
        id: 'number-near',
        weight: 1,
        why: `和${verdict.of.name}公布的号码相近，无法核实：挂断后自己拨${verdict.of.name}的官方号码 ${verdict.of.dial}。`,
      }
    case 'abroad':
      return { id: 'number-abroad', weight: 2, why: '这是境外号码。国内的银行、航空公司和公安不会用境外号码联系你。' }
    case 'mobile-claiming':
      return /^1/.test(verdict.number)
        ? { id: 'number-not-official', weight: 2, why: '自称官方，却用手机号联系你。官方只用公布的客服电话。' }
        : { id: 'number-unverified', weight: 1, why: '这个 400 号码无法核实：挂断后自己拨官方公布的号码。' }
    case 'sender':
      return { id: 'official-sender', weight: -3, why: `${verdict.number} 是${verdict.sender.name}，不用回复，也不要回拨。` }
    default:
      return null
  }
}

/** A short name counts only as a word of its own: 「上海航班」 does not name 海航. */
function names(text: string, name: string): boolean {
  const guard = NOT_FOLLOWED_BY[name]
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!guard || !guard.test(text.slice(at + name.length))) return true
  return false
}

/** The rules: every sourced signal, skipping words quoted in a warning. */
function signalFlags(input: string, normalised: Normalised, types: ScamTypeId[]): Flag[] {
  const text = normalised.text
  const flags: Flag[] = []
  for (const signal of SCAM_SIGNALS) {
    for (const pattern of signal.patterns) {
      const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text)
      if (!match || isQuotedWarning(text, match.index, match.index + match[0].length)) continue
      flags.push(flagFor(signal, input, normalised, match.index, match.index + match[0].length))
      if (signal.scamType) types.push(signal.scamType)
      break
    }
  }
  return flags
}

/** The first match of a pattern that is not quoted in a warning. */
function firstDemand(text: string, pattern: RegExp): { start: number; end: number } | null {
  for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
    const start = match.index ?? 0
    if (!isQuotedWarning(text, start, start + match[0].length)) return { start, end: start + match[0].length }
  }
  return null
}

/**
 * Who claims to send it, crossed with what it asks: a claimed bank, ETC, 医保, court or police with
 * a link that is not theirs, or asking for card details, a transfer or an app, is the police's own
 * definition of the scam.
 */
function senderRequestFlag(input: string, normalised: Normalised, unofficialLink: { start: number; end: number } | null): Flag | null {
  const text = normalised.text
  const sender = CLAIMED_SENDERS.find((candidate) => candidate.pattern.test(text))
  if (!sender) return null
  const request = REQUESTS.filter((candidate) => candidate.from.includes(sender.id))
    .map((candidate) => ({ candidate, at: firstDemand(text, candidate.pattern) }))
    .find((found) => found.at)
  if (request?.at) {
    const why = `自称${sender.name}，却要你${request.candidate.name}。真正的${sender.name}不会在短信、电话或聊天里这样要求。`
    return flagFor({ id: 'sender-request', weight: 3, why }, input, normalised, request.at.start, request.at.end)
  }
  if (unofficialLink && (sender.id === 'government' || sender.id === 'airline')) {
    const why = `${sender.name}不会发短信链接让你办理退款、补贴或填卡号：这个链接本身就是警告。`
    return flagFor(
      { id: 'sender-link', weight: sender.id === 'government' ? 3 : 2, why },
      input,
      normalised,
      unofficialLink.start,
      unofficialLink.end,
    )
  }
  return null
}

function numberFlags(
  input: string,
  normalised: Normalised,
  hotlines: CallableHotline[],
  brands: Brand[],
  callerNumber: string | undefined,
) {
  const text = normalised.text
  const claimsOfficial = brands.length > 0 || CLAIMS_OFFICIAL.test(text)
  const numbers: NumberVerdict[] = []
  const flags: Flag[] = []
  const found = findNumbers(text)
  const flagged = new Set<string>()
  for (const item of found) {
    const verdict = checkNumber(item.number, hotlines, claimsOfficial)
    numbers.push(verdict)
    const flag = numberFlag(verdict)
    if (flag && !flagged.has(flag.id)) {
      flagged.add(flag.id)
      flags.push(flagFor(flag, input, normalised, item.start, item.end))
    }
  }
  const caller = callerNumber?.trim()
  if (caller) {
    const verdict = checkNumber(caller, hotlines, claimsOfficial)
    numbers.push(verdict)
    const flag = numberFlag(verdict)
    if (flag && !flagged.has(flag.id)) flags.push({ ...flag, quote: caller, start: -1, end: -1 })
  }

  // A message that names a body and gives only that body's verified number reads like its own notice;
  // one that names a body and gives another body's number does not.
  const verified = numbers.filter((number) => number.kind === 'verified')
  if (brands.length === 0 || verified.length === 0) return { numbers, flags }
  const own = verified.filter((number) => brands.some((brand) => brand.hotlineId === number.hotline.id))
  const placeOf = (number: NumberVerdict) => found.find((item) => item.number.replace(/\D/g, '') === number.number.replace(/\D/g, ''))
  if (own.length === verified.length && verified.length === numbers.length) {
    const why = `号码是${own[0].hotline.name}公布的官方电话。仍请自己拨打官方电话核实，不要点链接、不要转账。`
    // The number may be the caller's, typed in the field, and not in the text at all.
    const at = placeOf(own[0])
    flags.push(
      at
        ? flagFor({ id: 'official-number', weight: -1, why }, input, normalised, at.start, at.end)
        : { id: 'official-number', weight: -1, why, quote: own[0].written, start: -1, end: -1 },
    )
  } else if (own.length < verified.length) {
    const other = verified.find((number) => !own.includes(number))
    const at = other && placeOf(other)
    const why = `自称${brands[0].names[0]}，给的却是${other?.hotline.name ?? '别家'}的号码，前后对不上。`
    if (at) flags.push(flagFor({ id: 'number-mismatch', weight: 2, why }, input, normalised, at.start, at.end))
  }
  return { numbers, flags }
}

function linkFlags(input: string, normalised: Normalised): { flags: Flag[]; unofficial: { start: number; end: number } | null } {
  const flags: Flag[] = []
  let unofficial: { start: number; end: number } | null = null
  for (const found of findLinks(normalised.text)) {
    const verdict = checkLink(found.domain, OWNERS, KNOWN_FAKE_DOMAINS)
    if (verdict.kind === 'official') continue
    unofficial ??= found
    if (verdict.kind === 'lookalike' && !flags.some((flag) => flag.id === 'link-lookalike')) {
      const why = verdict.owner
        ? `这个网址冒用了${verdict.owner.name}的名字，不是它的官方网站。`
        : '这个网址是已知的假冒网站，或把 110、96110 写成了字母。'
      flags.push(flagFor({ id: 'link-lookalike', weight: 3, why }, input, normalised, found.start, found.end))
    } else if (verdict.kind === 'other' && !flags.some((flag) => flag.id === 'link-unknown')) {
      const why = '这个网址不在已核实名单里。不要点短信和聊天里的链接，请从官方 App 或官网进入。'
      flags.push(flagFor({ id: 'link-unknown', weight: 1, why }, input, normalised, found.start, found.end))
    }
  }
  return { flags, unofficial }
}

/** The learned scorer's say, as a flag quoting the clause that weighed most, with the type it resembles. */
function learnedFlag(input: string, normalised: Normalised): { flag: Flag | null; type: ScamTypeId | null; logit: number } {
  const learned = scoreLearned(normalised.text)
  const points = LEARNED_POINTS.find(([from]) => learned.logit >= from)?.[1] ?? LEARNED_BELOW
  const type = learned.type ? (CORPUS_TYPES[learned.type] ?? null) : null
  if (points > 0 && learned.strongest) {
    const why = `这几句话常见于“${learned.type ?? '诈骗'}”一类的诈骗。`
    return {
      flag: flagFor({ id: 'learned', weight: points, why }, input, normalised, learned.strongest.start, learned.strongest.end),
      type,
      logit: learned.logit,
    }
  }
  if (points < 0)
    return {
      flag: { id: 'learned-ordinary', weight: points, why: '整体读来像普通通知或聊天。', quote: '', start: -1, end: -1 },
      type: null,
      logit: learned.logit,
    }
  return { flag: null, type: null, logit: learned.logit }
}

function quotedWarningNote(input: string, normalised: Normalised): Flag {
  const match = WARNING_WORDS.exec(normalised.text)
  const why = '这条消息引用诈骗说法来提醒你防范，读来像防诈提醒。仍不要点链接、不要转账；拿不准就打 96110 咨询。'
  return match
    ? flagFor({ id: 'quoted-warning', weight: 0, why }, input, normalised, match.index, match.index + match[0].length)
    : { id: 'quoted-warning', weight: 0, why, quote: '', start: -1, end: -1 }
}

/**
 * Checks a message on the phone: pasted text, and optionally the caller's number. The rules keep the
 * verdict explainable and catch what must always fire; the learned scorer catches wording no rule
 * names. Every point of the score is a flag with the user's words quoted.
 */
export function checkMessage(rawInput: string, hotlines: CallableHotline[], callerNumber?: string): CheckResult {
  const shown = checkAsShown(rawInput, hotlines, callerNumber)
  if (!rawInput.includes(RTL_OVERRIDE)) return shown
  // A right-to-left override is read as the phone shows it; the same words in typed order are read too,
  // and the reading with more warning signs wins, so a stray control character never hides a scam.
  const typed = checkAsShown(rawInput.replace(BIDI_CONTROLS, ''), hotlines, callerNumber)
  return typed.score > shown.score ? typed : shown
}

const RTL_OVERRIDE = '\u202E'
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

function checkAsShown(rawInput: string, hotlines: CallableHotline[], callerNumber?: string): CheckResult {
  const { text: input, cut } = cutAtCodePoint(rawInput, MAX_CHECK_LENGTH)
  const normalised = normalise(input)
  const text = normalised.text
  const types: ScamTypeId[] = []
  const brands = BRANDS.filter((brand) => brand.names.some((name) => names(text, name)))
  const learned = text.trim() ? learnedFlag(input, normalised) : { flag: null, type: null, logit: 0 }
  const warning = learned.logit <= READS_AS_WARNING && WARNING_WORDS.test(text)
  const flags = warning ? [quotedWarningNote(input, normalised)] : signalFlags(input, normalised, types)
  const numbers = numberFlags(input, normalised, hotlines, brands, callerNumber)
  const links = linkFlags(input, normalised)
  flags.push(...numbers.flags, ...links.flags)
  const sender = warning ? null : senderRequestFlag(input, normalised, links.unofficial)
  if (sender) flags.push(sender)
  const ruleType = mostCommon(types)
  // The rules name the type when they can; the model then only says the wording is a scam's, never a second, other type.
  if (learned.flag && ruleType && learned.type !== ruleType) learned.flag.why = '这几句话的说法常见于诈骗信息。'
  if (learned.flag) flags.push(learned.flag)

  const score = Math.max(
    0,
    flags.reduce((sum, flag) => sum + flag.weight, 0),
  )
  const strong = flags.some((flag) => flag.weight >= 3)
  const verdict: Verdict = strong || score >= SCAM_AT ? 'scam' : score >= SUSPICIOUS_AT ? 'suspicious' : 'clear'
  return {
    verdict,
    score,
    type: ruleType ?? learned.type,
    flags: flags.sort((a, b) => b.weight - a.weight || a.start - b.start),
    numbers: numbers.numbers,
    brands,
    cut,
  }
}

function mostCommon(types: ScamTypeId[]): ScamTypeId | null {
  if (types.length === 0) return null
  const counts = new Map<ScamTypeId, number>()
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0]
}
