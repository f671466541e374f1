import { EVIDENCE_TYPES, type EvidenceType } from '@/content/evidence-types'
import { fenToInput, parseAmount } from '@/lib/money'
import { normalisePhone } from '@/lib/phone-number'

/** A photo kept with a note: a file the app copied into its own storage on the phone. */
export interface EvidencePhoto {
  /** Where the file lives under the mini-program's user data folder. */
  path: string
  addedAt: number
}

/** The other side of the scam, as far as the victim knows it. Every field is optional. */
export interface OtherParty {
  name?: string
  /** Digits only, normalised (no +86, spaces or hyphens). */
  phone?: string
  /** Card or account number as typed; shown as digits in full, masked in lists. */
  account?: string
  /** Bank or platform, e.g. 「工商银行」「支付宝」「某某旅行 App」. */
  institution?: string
}

/** One piece of evidence the user wrote down. */
export interface EvidenceNote {
  id: string
  type: EvidenceType
  /** When it happened (not when it was written down), epoch ms. */
  occurredAt: number
  text: string
  /** Integer fen. */
  amountFen?: number
  party: OtherParty
  photos: EvidencePhoto[]
  createdAt: number
  updatedAt: number
}

export const MAX_TEXT_LENGTH = 5000
export const MAX_PHOTOS = 9

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

export type DraftField = 'type' | 'occurredAt' | 'text' | 'amount' | 'partyPhone' | 'photos' | 'note'

export type DraftResult = { ok: true; note: EvidenceNote } | { ok: false; errors: Partial<Record<DraftField, string>> }

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
  const trimmed = value.trim()
  return trimmed ? trimmed : undefined
}

/**
 * Checks a draft and turns it into a note. Each problem comes back against its field, in words
 * the user can act on. A note needs at least one thing written down: text, an amount, a party or a photo.
 */
export function noteFromDraft(draft: EvidenceDraft, id: string, now: number): DraftResult {
  const errors: Partial<Record<DraftField, string>> = {}
  if (!EVIDENCE_TYPES.some((info) => info.type === draft.type)) errors.type = '请选择证据类型'
  if (!Number.isFinite(draft.occurredAt) || draft.occurredAt <= 0) errors.occurredAt = '请选择发生的日期和时间'
  else if (draft.occurredAt > now + 5 * 60_000) errors.occurredAt = '发生时间不能晚于现在'
  if (draft.text.length > MAX_TEXT_LENGTH) errors.text = `说明最多 ${MAX_TEXT_LENGTH} 字，现在有 ${draft.text.length} 字`
  if (draft.photos.length > MAX_PHOTOS) errors.photos = `最多 ${MAX_PHOTOS} 张照片`

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
  const party: OtherParty = {
    name: optional(draft.partyName),
    phone,
    account: optional(draft.partyAccount),
    institution: optional(draft.partyInstitution),
  }
  const hasContent =
    draft.text.trim() !== '' || amountFen !== undefined || Object.values(party).some(Boolean) || draft.photos.length > 0
  if (!hasContent && Object.keys(errors).length === 0) errors.note = '至少写一点内容：说明、金额、对方信息或照片'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    note: {
      id: draft.id ?? id,
      type: draft.type,
      occurredAt: draft.occurredAt,
      text: draft.text.trim(),
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
  return notes.filter((note) => note.type === 'transfer' && note.amountFen !== undefined).reduce((sum, note) => sum + (note.amountFen ?? 0), 0)
}
