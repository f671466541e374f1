import { EVIDENCE_TYPES, type EvidenceType } from '@/content/evidence-types'
import { decodeEnvelope, type Envelope } from '@/lib/stored-envelope'
import type { EvidenceNote, EvidencePhoto, OtherParty } from './model'

/**
 * How the case file is laid out in storage: one small key per note, plus one index key.
 * Adding a note writes only its own key and the index, and the index stays small enough
 * (≈40 bytes a note) to rewrite on every change, even with thousands of notes.
 */
export const INDEX_KEY = 'bj.evidence.index'
export const NOTE_KEY_PREFIX = 'bj.evidence.note.'
export const NOTE_VERSION = 2
export const INDEX_VERSION = 1

export const noteKey = (id: string) => `${NOTE_KEY_PREFIX}${id}`

/** One index entry, as a tuple to keep the index compact: [id, occurredAt, type]. */
export type IndexEntry = [id: string, occurredAt: number, type: EvidenceType]

export type NoteDecode = { kind: 'ok'; note: EvidenceNote; migrated: boolean } | { kind: 'corrupt' } | { kind: 'unknown-version'; version: number }

/**
 * Version 1 (the first draft format) kept the amount in yuan as a float, the other party's
 * details as flat fields and photos as bare paths. Version 2 keeps integer fen, a `party`
 * object and photos with the time they were added.
 */
interface NoteV1 {
  id: string
  type: EvidenceType
  occurredAt: number
  text: string
  amount?: number
  partyName?: string
  partyPhone?: string
  partyAccount?: string
  partyInstitution?: string
  photos?: string[]
  createdAt: number
}

function migrateV1(note: NoteV1): EvidenceNote {
  const party: OtherParty = {}
  if (note.partyName) party.name = note.partyName
  if (note.partyPhone) party.phone = note.partyPhone
  if (note.partyAccount) party.account = note.partyAccount
  if (note.partyInstitution) party.institution = note.partyInstitution
  return {
    id: note.id,
    type: note.type,
    occurredAt: note.occurredAt,
    text: note.text ?? '',
    amountFen: typeof note.amount === 'number' ? Math.round(note.amount * 100) : undefined,
    party,
    photos: (note.photos ?? []).map((path): EvidencePhoto => ({ path, addedAt: note.createdAt })),
    createdAt: note.createdAt,
    updatedAt: note.createdAt,
  }
}

const isString = (value: unknown) => typeof value === 'string'
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0
const isType = (value: unknown) => EVIDENCE_TYPES.some((info) => info.type === value)

/** A stored note must have this shape to be shown; anything else is set aside, not guessed at. */
function isValidNote(note: unknown): note is EvidenceNote {
  if (!note || typeof note !== 'object') return false
  const candidate = note as Partial<EvidenceNote>
  return (
    isString(candidate.id) &&
    isType(candidate.type) &&
    isTime(candidate.occurredAt) &&
    isString(candidate.text) &&
    (candidate.amountFen === undefined || Number.isSafeInteger(candidate.amountFen)) &&
    !!candidate.party &&
    typeof candidate.party === 'object' &&
    Array.isArray(candidate.photos) &&
    candidate.photos.every((photo) => photo && isString(photo.path)) &&
    isTime(candidate.createdAt) &&
    isTime(candidate.updatedAt)
  )
}

export function encodeNote(note: EvidenceNote): Envelope<EvidenceNote> {
  return { state: note, version: NOTE_VERSION }
}

/** Reads a stored note of any known version. Never throws. */
export function decodeNote(raw: unknown): NoteDecode {
  const decoded = decodeEnvelope<unknown>(raw, NOTE_VERSION)
  if (decoded.kind !== 'ok') return decoded
  const { state, version } = decoded.envelope
  const note = version === 1 ? migrateV1(state as NoteV1) : state
  if (!isValidNote(note)) return { kind: 'corrupt' }
  return { kind: 'ok', note, migrated: version !== NOTE_VERSION }
}

export function encodeIndex(entries: IndexEntry[]): Envelope<{ entries: IndexEntry[] }> {
  return { state: { entries }, version: INDEX_VERSION }
}

export type IndexDecode = { kind: 'ok'; entries: IndexEntry[] } | { kind: 'corrupt' } | { kind: 'unknown-version'; version: number }

const isEntry = (entry: unknown): entry is IndexEntry =>
  Array.isArray(entry) && entry.length === 3 && isString(entry[0]) && isTime(entry[1]) && isType(entry[2])

export function decodeIndex(raw: unknown): IndexDecode {
  const decoded = decodeEnvelope<{ entries?: unknown }>(raw, INDEX_VERSION)
  if (decoded.kind !== 'ok') return decoded
  const entries = decoded.envelope.state.entries
  if (!Array.isArray(entries) || !entries.every(isEntry)) return { kind: 'corrupt' }
  return { kind: 'ok', entries }
}

export function entryFor(note: EvidenceNote): IndexEntry {
  return [note.id, note.occurredAt, note.type]
}

/** Adds or replaces a note's entry, keeping the index newest first. */
export function upsertEntry(entries: IndexEntry[], entry: IndexEntry): IndexEntry[] {
  return [...entries.filter(([id]) => id !== entry[0]), entry].sort((a, b) => b[1] - a[1])
}

export function removeEntry(entries: IndexEntry[], id: string): IndexEntry[] {
  return entries.filter(([entryId]) => entryId !== id)
}
