import type { CallableHotline } from '@/features/hotlines'
import { OFFICIAL_SENDERS, type OfficialSender } from '@/content/checker-brands'
import { normalisePhone } from '@/lib/phone-number'

/** What a phone number in a message, or the caller's number, turned out to be. */
export type NumberVerdict = NumberKind & {
  /** As it was written in the message, for showing back to the user. */
  written: string
}

type NumberKind =
  | { kind: 'verified'; number: string; hotline: CallableHotline }
  | { kind: 'emergency'; number: string; hotline: CallableHotline }
  | { kind: 'near'; number: string; of: CallableHotline }
  | { kind: 'sender'; number: string; sender: OfficialSender }
  | { kind: 'abroad'; number: string }
  | { kind: 'mobile-claiming'; number: string }
  | { kind: 'unknown'; number: string }

/** 110, 96110 and the other public lines: real, but never the number of an airline or a bank. */
const PUBLIC_GROUPS = new Set(['emergency', 'report', 'regulator', 'support'])
/** 96110 shows as 「区号 + 96110」 on a real call from the anti-fraud centre (hotlines.md). */
const AREA_CODE_96110 = /^0\d{2,3}96110$/

/**
 * Classifies one number against the verified directory. `claimsOfficial` is true when the message
 * says it comes from an airline, a bank, a platform or the police: then a mobile or 400/800
 * number is itself a warning, because those bodies call from their published numbers.
 */
export function checkNumber(raw: string, hotlines: CallableHotline[], claimsOfficial: boolean): NumberVerdict {
  return { ...classify(raw, hotlines, claimsOfficial), written: raw.trim() }
}

function classify(raw: string, hotlines: CallableHotline[], claimsOfficial: boolean): NumberKind {
  const parsed = normalisePhone(raw)
  const number = parsed.ok ? parsed.phone : raw.replace(/[^\d+]/g, '')
  const digits = number.replace(/^\+/, '')
  const exact = hotlines.find((hotline) => hotline.dial === digits && !number.startsWith('+'))
  if (exact)
    return PUBLIC_GROUPS.has(exact.group) ? { kind: 'emergency', number, hotline: exact } : { kind: 'verified', number, hotline: exact }
  if (AREA_CODE_96110.test(digits)) {
    const line = hotlines.find((hotline) => hotline.dial === '96110')
    if (line) return { kind: 'emergency', number, hotline: line }
  }
  const sender = OFFICIAL_SENDERS.find((candidate) => candidate.number === digits)
  if (sender && !number.startsWith('+')) return { kind: 'sender', number, sender }
  if (parsed.ok && parsed.abroad) return { kind: 'abroad', number }
  // An official number with something added (「95530-1」「1095530」), or a 400 number near one: a
  // bank's card centre may really use it, so it is 「无法核实」, never called fake (hotlines.md).
  const near = hotlines.find((hotline) => hotline.dial.length >= 5 && (digits.endsWith(hotline.dial) || digits.startsWith(hotline.dial)))
  if (near) return { kind: 'near', number, of: near }
  if (claimsOfficial && /^(1[3-9]\d{9}|[48]00\d{7})$/.test(digits)) return { kind: 'mobile-claiming', number }
  return { kind: 'unknown', number }
}

/** Spans of text that are not phone numbers though they are digits: codes, amounts, order and flight numbers. */
const NOT_A_PHONE_BEFORE =
  /(验证码|校验码|动态码|动态密码|取件码|取货码|提货码|订单号?|单号|航班号?|车次|尾号|卡号|账号|户号|客户号|会员号|学号|合同号|保单号|流水号|交易号|金额|¥|￥|编号|工号|密码|座位号?|[A-Za-z])[:：是为\s]*$/
const NOT_A_PHONE_AFTER = /^\s*(元|块|万|千|百|%|次|天|日|月|年|号|点|分|人|条|个|[A-Za-z])/

/** Digits grouped by dashes that are not a phone number: a pickup code (8-3-2107) or a range (300-800). */
function isCodeOrRange(written: string): boolean {
  if (!written.includes('-')) return false
  const groups = written.split(/-+/).map((group) => group.trim())
  if (groups.some((group) => group.length < 2)) return true
  const digits = groups.join('')
  return groups.length === 2 && !digits.startsWith('0') && !/^[48]00/.test(digits) && digits.length < 8
}

/** The phone numbers in normalised text, with where they are. */
export function findNumbers(text: string): { number: string; start: number; end: number }[] {
  const found: { number: string; start: number; end: number }[] = []
  for (const match of text.matchAll(/(?:\+|00)?\d[\d\- ]{3,17}\d/g)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    const digits = match[0].replace(/\D/g, '')
    if (digits.length < 5 || digits.length > 15) continue
    if (NOT_A_PHONE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue
    if (NOT_A_PHONE_AFTER.test(text.slice(end, end + 2))) continue
    // A date or a time: 2026-11-27, 10-05.
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(match[0].trim()) || isCodeOrRange(match[0].trim())) continue
    found.push({ number: match[0].trim(), start, end })
  }
  return found
}
