import type * as v from 'valibot'
import { EVIDENCE_TYPES, type EvidenceType } from '@/content/evidence-types'
import { fenToInput, parseAmount } from '@/lib/money'
import { normalisePhone } from '@/lib/phone-number'
import { checkAccount } from '@/lib/account-number'
import { cutAtCodePoint } from '@/lib/cut-text'
import { wellFormed } from '@/lib/text'
import { addDays, atTimeOfDay } from '@/lib/time'
import type { EvidenceNoteSchema } from './record'

/** One piece of evidence the user wrote down, declared by its stored schema in ./record.ts. */
export type EvidenceNote = v.InferOutput<typeof EvidenceNoteSchema>

/** A photo kept with a note: a file the app copied into its own storage on the phone. */
export type EvidencePhoto = EvidenceNote['photos'][number]

/** The other side of the scam, as far as the victim knows it. Every field is optional. */
export type OtherParty = EvidenceNote['party']

export const MAX_TEXT_LENGTH = 5000
export const MAX_PHOTOS = 9
/** Names of people, banks and platforms: long enough for 「中国邮政储蓄银行股份有限公司某某支行」. */
export const MAX_NAME_LENGTH = 50

/** Evidence older than this is possible but unusual, so the editor asks before saving it. */
const EARLIEST_USUAL = new Date('2000-01-01T00:00:00+08:00').getTime()
/** A few minutes' grace for a phone clock that runs slightly behind. */
const FUTURE_GRACE_MS = 5 * 60_000

/** What the editor holds while the user types: raw strings, so nothing typed is lost. */
export interface EvidenceDraft {
  id?: string
  type: EvidenceType
  occurredAt: number
  text: string
  amount: string
  partyName: string
  partyPhone: string
  partyAccount: string
  partyInstitution: string
  photos: EvidencePhoto[]
  createdAt?: number
}

export type DraftField =
  'type' | 'occurredAt' | 'text' | 'amount' | 'partyName' | 'partyPhone' | 'partyAccount' | 'partyInstitution' | 'photos' | 'note'

export type DraftResult =
  | { ok: true; note: EvidenceNote }
  /** `confirmDate`: the only problem is a date before 2000 or in the future, which the user may confirm. */
  | { ok: false; errors: Partial<Record<DraftField, string>>; confirmDate?: string }

export function emptyDraft(now: number, type: EvidenceType = 'transfer'): EvidenceDraft {
  return {
    type,
    occurredAt: now,
    text: '',
    amount: '',
    partyName: '',
    partyPhone: '',
    partyAccount: '',
    partyInstitution: '',
    photos: [],
  }
}

/**
 * 「什么时候」 in the quick editor. Each gives a time from now; those marked `pick` also open the date
 * and time pickers, already showing that time, so a time on screen is always the time saved.
 */
export const WHEN_CHOICES: { id: string; label: string; pick?: boolean; at: (now: number) => number }[] = [
  { id: 'now', label: '刚才', at: (now) => now },
  { id: '10min', label: '10分钟前', at: (now) => now - 10 * 60_000 },
  { id: '30min', label: '30分钟前', at: (now) => now - 30 * 60_000 },
  { id: '1h', label: '1小时前', at: (now) => now - 60 * 60_000 },
  // Two hours back, but never before midnight: it is still 「今天」.
  { id: 'earlier-today', label: '今天早些时候', pick: true, at: (now) => Math.max(atTimeOfDay(now, 0, 0), now - 2 * 60 * 60_000) },
  { id: 'days-ago', label: '前几天', pick: true, at: (now) => addDays(now, -3) },
  { id: 'pick', label: '选择时间', pick: true, at: (now) => now },
]

/** A quick note starts with no time chosen (NaN), so the user says when rather than taking 「现在」. */
export function emptyQuickDraft(): EvidenceDraft {
  return { ...emptyDraft(Number.NaN), type: 'transfer' }
}

/**
 * What another screen hands the editor (the message checker's 「记为证据」): the type and time in the
 * page's query, the text in memory (lib/hand-off), never in the URL.
 */
export interface PrefillParams {
  type?: string
  text?: unknown
  at?: string
}

const PREFILL_TYPES: EvidenceType[] = ['sms', 'call', 'chat']

/**
 * A new draft from what another screen handed over, or undefined when it carries nothing usable.
 * Only an SMS, a call or a chat may be pre-filled, and the time only when it is a real moment in the
 * past. Text past the editor's limit is cut on a character boundary (never half an emoji), and
 * `cut` says so, for the editor to tell the user.
 */
export function draftFromParams(params: PrefillParams, now: number): { draft: EvidenceDraft; cut: boolean } | undefined {
  const type = PREFILL_TYPES.find((candidate) => candidate === params.type)
  if (!type) return undefined
  const at = Number(params.at)
  const occurredAt = Number.isFinite(at) && at > 0 && at <= now ? at : now
  const { text, cut } = cutAtCodePoint(typeof params.text === 'string' ? params.text : '', MAX_TEXT_LENGTH)
  return { draft: { ...emptyDraft(occurredAt, type), text }, cut }
}

/** Fills the editor from a saved note, so editing starts from exactly what was saved. */
export function draftFromNote(note: EvidenceNote): EvidenceDraft {
  return {
    id: note.id,
    type: note.type,
    occurredAt: note.occurredAt,
    text: note.text,
    amount: note.amountFen === undefined ? '' : fenToInput(note.amountFen),
    partyName: note.party.name ?? '',
    partyPhone: note.party.phone ?? '',
    partyAccount: note.party.account ?? '',
    partyInstitution: note.party.institution ?? '',
    photos: note.photos,
    createdAt: note.createdAt,
  }
}

const optional = (value: string) => {
  const trimmed = wellFormed(value.trim())
  return trimmed ? trimmed : undefined
}

/** A real but unusual date (before 2000, or later than now) is asked about, never refused or mislabelled. */
function unusualDateQuestion(occurredAt: number, now: number): string | undefined {
  if (occurredAt < EARLIEST_USUAL) return '这个日期在 2000 年以前，确定没有选错吗？'
  if (occurredAt > now + FUTURE_GRACE_MS) return '这个时间比现在还晚，确定没有选错吗？'
  return undefined
}

/**
 * Checks a draft and turns it into a note. Each problem comes back against its field, in words
 * the user can act on. A note needs at least one thing written down: text, an amount, a party or a photo.
 */
export function noteFromDraft(draft: EvidenceDraft, id: string, now: number, dateConfirmed = false): DraftResult {
  const errors: Partial<Record<DraftField, string>> = {}
  if (!EVIDENCE_TYPES.some((info) => info.type === draft.type)) errors.type = '请选择证据类型'
  if (!Number.isFinite(draft.occurredAt)) errors.occurredAt = '请选一下大概是什么时候'
  if (draft.text.length > MAX_TEXT_LENGTH) errors.text = `说明最多 ${MAX_TEXT_LENGTH} 字，现在有 ${draft.text.length} 字`
  for (const field of ['partyName', 'partyInstitution'] as const) {
    if (draft[field].trim().length > MAX_NAME_LENGTH)
      errors[field] = `最多 ${MAX_NAME_LENGTH} 个字，现在有 ${draft[field].trim().length} 个`
  }
  // Only a new note is held to the limit: a saved one keeps every photo it has (the picker stops adding at 9).
  if (draft.createdAt === undefined && draft.photos.length > MAX_PHOTOS) errors.photos = `最多 ${MAX_PHOTOS} 张照片`

  let amountFen: number | undefined
  if (draft.amount.trim()) {
    const amount = parseAmount(draft.amount)
    if (amount.ok) amountFen = amount.fen
    else errors.amount = amount.message
  }
  let phone: string | undefined
  if (draft.partyPhone.trim()) {
    const parsed = normalisePhone(draft.partyPhone)
    if (parsed.ok) phone = parsed.phone
    else errors.partyPhone = parsed.message
  }
  let account: string | undefined
  if (draft.partyAccount.trim()) {
    const checked = checkAccount(draft.partyAccount)
    if (checked.ok) account = checked.account
    else errors.partyAccount = checked.message
  }
  const party: OtherParty = {
    name: optional(draft.partyName),
    phone,
    account,
    institution: optional(draft.partyInstitution),
  }
  const hasContent = draft.text.trim() !== '' || amountFen !== undefined || Object.values(party).some(Boolean) || draft.photos.length > 0
  if (!hasContent && Object.keys(errors).length === 0) errors.note = '至少写一点内容：说明、金额、对方信息或照片'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const unusualDate = unusualDateQuestion(draft.occurredAt, now)
  if (unusualDate && !dateConfirmed) return { ok: false, errors: { occurredAt: unusualDate }, confirmDate: unusualDate }
  return {
    ok: true,
    note: {
      id: draft.id ?? id,
      type: draft.type,
      occurredAt: draft.occurredAt,
      text: wellFormed(draft.text.trim()),
      amountFen,
      party: Object.fromEntries(Object.entries(party).filter(([, value]) => value !== undefined)) as OtherParty,
      photos: draft.photos,
      createdAt: draft.createdAt ?? now,
      updatedAt: now,
    },
  }
}

/** The sum of all transfer amounts, in fen: what the report pack calls the loss. */
export function totalLossFen(notes: EvidenceNote[]): number {
  return notes
    .filter((note) => note.type === 'transfer' && note.amountFen !== undefined)
    .reduce((sum, note) => sum + (note.amountFen ?? 0), 0)
}
