import * as v from 'valibot'
import { EVIDENCE_TYPES, type EvidenceType } from '@/content/evidence-types'
import { envelope, type Envelope, type RecordSpec } from '@/lib/stored-record'
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

function migrateV1(state: unknown): EvidenceNote {
  const note = state as NoteV1
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

/**
 * Version 0 is a synthetic pre-release shape that proves the chain runs from the start:
 * `{ id, kind, at, body }`, the same fields under older names.
 */
function migrateV0(state: unknown): NoteV1 {
  const { id, kind, at, body } = state as { id: string; kind: EvidenceType; at: number; body?: string }
  return { id, type: kind, occurredAt: at, text: body ?? '', createdAt: at }
}

const time = v.pipe(v.number(), v.finite(), v.minValue(1))
/** When something happened may be any real date, even before 1970, once the user confirmed it. */
const anyDate = v.pipe(v.number(), v.finite())
const evidenceType = v.picklist(EVIDENCE_TYPES.map((info) => info.type))

/** A stored note must have this shape to be shown; anything else is set aside, not guessed at. */
export const EvidenceNoteSchema = v.object({
  id: v.string(),
  type: evidenceType,
  /** When it happened (not when it was written down). */
  occurredAt: anyDate,
  text: v.string(),
  /** Integer fen. */
  amountFen: v.optional(v.pipe(v.number(), v.safeInteger())),
  party: v.object({
    name: v.optional(v.string()),
    /** Digits only, normalised (no +86, spaces or hyphens). */
    phone: v.optional(v.string()),
    account: v.optional(v.string()),
    institution: v.optional(v.string()),
  }),
  photos: v.array(v.object({ path: v.string(), addedAt: v.pipe(v.number(), v.finite()) })),
  createdAt: time,
  updatedAt: time,
})

/** One key per note, `bj.evidence.note.<id>`; the spec's key is the prefix. */
export const NOTE_RECORD: RecordSpec<EvidenceNote> = {
  key: NOTE_KEY_PREFIX,
  version: NOTE_VERSION,
  schema: EvidenceNoteSchema,
  migrate: { 0: migrateV0, 1: migrateV1 },
}

export function encodeNote(note: EvidenceNote): Envelope<EvidenceNote> {
  return envelope(NOTE_RECORD, note)
}

const IndexEntrySchema = v.tuple([v.string(), anyDate, evidenceType])

/**
 * Version 0 is a synthetic pre-release shape: entries as objects `{ id, at, type }`.
 */
function indexFromV0(state: unknown): unknown {
  const { entries } = state as { entries?: { id: string; at: number; type: string }[] }
  if (!Array.isArray(entries)) throw new Error('entries is not a list')
  return { entries: entries.map((entry) => [entry.id, entry.at, entry.type]) }
}

export const INDEX_RECORD: RecordSpec<{ entries: IndexEntry[] }> = {
  key: INDEX_KEY,
  version: INDEX_VERSION,
  schema: v.object({ entries: v.array(IndexEntrySchema) }),
  migrate: { 0: indexFromV0 },
  lists: [{ field: 'entries', entry: IndexEntrySchema }],
}

export function encodeIndex(entries: IndexEntry[]): Envelope<{ entries: IndexEntry[] }> {
  return envelope(INDEX_RECORD, { entries })
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

/** One entry per id, the first (newest) kept: a restored copy of the index must not count a note twice. */
export function dedupeEntries(entries: IndexEntry[]): IndexEntry[] {
  const seen = new Set<string>()
  return entries.filter(([id]) => !seen.has(id) && Boolean(seen.add(id)))
}
