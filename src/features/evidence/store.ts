import { create } from 'zustand'
import { listKeys, removeKey, writeKey } from '@/platform/storage'
import { loadStoredRecord, moveLegacyAsides, registerRecord } from '@/platform/persisted-storage'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import type { RecordSpec } from '@/lib/stored-record'
import { removePhoto } from '@/platform/files'
import { failure, type PlatformResult } from '@/platform/result'
import type { EvidenceNote } from './model'
import {
  INDEX_KEY,
  INDEX_RECORD,
  NOTE_KEY_PREFIX,
  NOTE_RECORD,
  encodeIndex,
  encodeNote,
  entryFor,
  noteKey,
  removeEntry,
  upsertEntry,
  type IndexEntry,
} from './record'

interface EvidenceState {
  status: 'idle' | 'loading' | 'ready'
  /** Every note's id, time and type, newest first: enough to order and filter the timeline. */
  entries: IndexEntry[]
  /** Note bodies loaded so far, by id. Only what a screen needs is read. */
  notes: Record<string, EvidenceNote>
}

export const useEvidence = create<EvidenceState>()(() => ({ status: 'idle', entries: [], notes: {} }))

registerRecord(NOTE_RECORD as RecordSpec<unknown>)
registerRecord(INDEX_RECORD as RecordSpec<unknown>)
onAllDataCleared(() => resetEvidence())
onStoredDataReplaced(() => resetEvidence())

const set = useEvidence.setState
const get = useEvidence.getState

async function writeIndex(entries: IndexEntry[]): Promise<PlatformResult> {
  return writeKey(INDEX_KEY, encodeIndex(entries))
}

/** The index, through the shared load procedure: a damaged one is set aside and rebuilt from the notes. */
async function readIndex(): Promise<IndexEntry[]> {
  const loaded = await loadStoredRecord(INDEX_RECORD)
  return loaded.state?.entries ?? []
}

/**
 * Reads one note through the shared load procedure: an older note is backed up and migrated, an
 * unreadable one is set aside once (and so drops out of the index), a newer one is read-only.
 */
async function readNote(id: string): Promise<EvidenceNote | undefined> {
  return (await loadStoredRecord(NOTE_RECORD, noteKey(id))).state
}

let loading: Promise<void> | null = null

/**
 * Loads the index (only ids, times and types: cheap enough for home at start-up), and recovers
 * any note whose key exists but is not indexed (a save cut off between its two writes, or an
 * index that had to be set aside). Safe to call repeatedly.
 */
export function loadEvidence(): Promise<void> {
  if (get().status === 'ready') return Promise.resolve()
  loading ??= (async () => {
    set({ status: 'loading' })
    // Before listing note keys: an old-style set-aside copy there would be read as a note.
    await moveLegacyAsides()
    let entries = await readIndex()
    const indexed = new Set(entries.map(([id]) => id))
    const orphans = listKeys(NOTE_KEY_PREFIX)
      .map((key) => key.slice(NOTE_KEY_PREFIX.length))
      .filter((id) => !indexed.has(id))
    const notes: Record<string, EvidenceNote> = {}
    for (const id of orphans) {
      const note = await readNote(id)
      if (!note) continue
      notes[id] = note
      entries = upsertEntry(entries, entryFor(note))
    }
    if (orphans.length > 0) await writeIndex(entries)
    set({ status: 'ready', entries, notes: { ...get().notes, ...notes } })
    loading = null
  })()
  return loading
}

/** Reads the bodies of these notes if they are not loaded yet. Entries whose note is gone are dropped. */
export async function loadNotes(ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !get().notes[id])
  if (missing.length === 0) return
  const found: Record<string, EvidenceNote> = {}
  const gone: string[] = []
  for (const id of missing) {
    const note = await readNote(id)
    if (note) found[id] = note
    else gone.push(id)
  }
  let entries = get().entries
  if (gone.length > 0) {
    entries = gone.reduce(removeEntry, entries)
    await writeIndex(entries)
  }
  set({ entries, notes: { ...get().notes, ...found } })
}

/** Every note, for the report pack and the export. */
export async function loadAllNotes(): Promise<EvidenceNote[]> {
  await loadEvidence()
  await loadNotes(get().entries.map(([id]) => id))
  const { entries, notes } = get()
  return entries.map(([id]) => notes[id]).filter((note): note is EvidenceNote => Boolean(note))
}

/**
 * Saves a note: its own key first, then the index. If either write fails, storage is left as it
 * was before and the caller keeps the draft on screen.
 */
export async function saveNote(note: EvidenceNote): Promise<PlatformResult> {
  await loadEvidence()
  const isNew = !get().entries.some(([id]) => id === note.id)
  const previous = get().notes[note.id]
  const wroteNote = await writeKey(noteKey(note.id), encodeNote(note))
  if (!wroteNote.ok) return wroteNote
  const entries = upsertEntry(get().entries, entryFor(note))
  const indexChanged = isNew || !previous || previous.occurredAt !== note.occurredAt || previous.type !== note.type
  if (indexChanged) {
    const wroteIndex = await writeIndex(entries)
    if (!wroteIndex.ok) {
      // Undo the first write so the saved case is exactly what it was.
      if (isNew) await removeKey(noteKey(note.id))
      else if (previous) await writeKey(noteKey(note.id), encodeNote(previous))
      return wroteIndex
    }
  }
  for (const photo of previous?.photos ?? []) {
    if (!note.photos.some((kept) => kept.path === photo.path)) removePhoto(photo.path)
  }
  set({ entries, notes: { ...get().notes, [note.id]: note } })
  return { ok: true, value: undefined }
}

/** Deletes a note and its photos. The index is written first, so a failure leaves the note in place. */
export async function deleteNote(id: string): Promise<PlatformResult> {
  await loadEvidence()
  if (!get().entries.some(([entryId]) => entryId === id)) return failure('failed', 'note not found')
  const note = get().notes[id] ?? (await readNote(id))
  const entries = removeEntry(get().entries, id)
  const wroteIndex = await writeIndex(entries)
  if (!wroteIndex.ok) return wroteIndex
  await removeKey(noteKey(id))
  note?.photos.forEach((photo) => removePhoto(photo.path))
  const notes = { ...get().notes }
  delete notes[id]
  set({ entries, notes })
  return { ok: true, value: undefined }
}

/** Forgets everything in memory, after 「删除全部数据」 has cleared storage. */
export function resetEvidence(): void {
  loading = null
  set({ status: 'idle', entries: [], notes: {} })
}
