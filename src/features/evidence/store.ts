import { create } from 'zustand'
import { listKeys, readKey, removeKey, writeKey } from '@/platform/storage'
import { watchOtherTabs } from '@/platform/other-tabs'
import { draftKey } from '@/lib/draft-key'
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
  dedupeEntries,
  type IndexEntry,
} from './record'

const EVIDENCE_DRAFT_PREFIX = draftKey('evidence.')

interface EvidenceState {
  status: 'idle' | 'loading' | 'ready'
  /** Every note's id, time and type, newest first: enough to order and filter the timeline. */
  entries: IndexEntry[]
  /** Note bodies loaded so far, by id. Only what a screen needs is read. */
  notes: Record<string, EvidenceNote>
  /** Notes whose read failed this session: still indexed and stored, but not in any total yet. */
  unreadable: string[]
}

export const useEvidence = create<EvidenceState>()(() => ({ status: 'idle', entries: [], notes: {}, unreadable: [] }))

registerRecord(NOTE_RECORD as RecordSpec<unknown>)
registerRecord(INDEX_RECORD as RecordSpec<unknown>)
onAllDataCleared(() => resetEvidence())
onStoredDataReplaced(() => resetEvidence())

const set = useEvidence.setState
const get = useEvidence.getState

async function writeIndex(entries: IndexEntry[]): Promise<PlatformResult> {
  return writeKey(INDEX_KEY, encodeIndex(entries))
}

/**
 * The index, through the shared load procedure: a damaged one is set aside and rebuilt from the
 * notes. An id listed twice (a restored copy) counts once.
 */
async function readIndex(): Promise<IndexEntry[]> {
  const loaded = await loadStoredRecord(INDEX_RECORD)
  return dedupeEntries(loaded.state?.entries ?? [])
}

/**
 * Reads one note through the shared load procedure: an older note is backed up and migrated, an
 * unreadable one is set aside once (and so drops out of the index), a newer one is read-only.
 */
async function readNote(id: string) {
  return loadStoredRecord(NOTE_RECORD, noteKey(id))
}

let loading: Promise<void> | null = null

/** Saves and deletes run one after another: each builds the index from the one the last wrote. */
let indexChanges: Promise<unknown> = Promise.resolve()
function oneAtATime(change: () => Promise<PlatformResult>): Promise<PlatformResult> {
  const run = indexChanges.then(change)
  indexChanges = run.catch(() => undefined)
  return run
}

// Another tab saved or deleted a note (H5): read the index again, so this tab's next save keeps that change.
watchOtherTabs((key) => {
  if (key !== INDEX_KEY || get().status !== 'ready') return
  set({ status: 'idle' })
  void loadEvidence()
})

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
      const note = (await readNote(id)).state
      if (!note) continue
      notes[id] = note
      entries = upsertEntry(entries, entryFor(note))
      // The save that was cut off is complete now: its draft would save the note a second time.
      await forgetDraftsOf(id)
    }
    if (orphans.length > 0) await writeIndex(entries)
    set({ status: 'ready', entries, notes: { ...get().notes, ...notes } })
    loading = null
  })()
  return loading
}

/**
 * Reads the bodies of these notes if they are not loaded yet. An entry whose note is gone (or was
 * set aside) is dropped; one whose read failed stays indexed and is counted as unreadable, so a
 * storage hiccup never removes a note from the case.
 */
export async function loadNotes(ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !get().notes[id])
  if (missing.length === 0) return
  const found: Record<string, EvidenceNote> = {}
  const gone: string[] = []
  const failed: string[] = []
  for (const id of missing) {
    const loaded = await readNote(id)
    if (loaded.state) found[id] = loaded.state
    else if (loaded.status === 'failed') failed.push(id)
    else gone.push(id)
  }
  let entries = get().entries
  if (gone.length > 0) {
    entries = gone.reduce(removeEntry, entries)
    await writeIndex(entries)
  }
  const unreadable = [...get().unreadable.filter((id) => !found[id] && !gone.includes(id)), ...failed.filter((id) => !get().unreadable.includes(id))]
  set({ entries, notes: { ...get().notes, ...found }, unreadable })
}

/** Every note, for the report pack and the export. `unreadableNoteCount` then says how many could not be read. */
export async function loadAllNotes(): Promise<EvidenceNote[]> {
  await loadEvidence()
  await loadNotes(get().entries.map(([id]) => id))
  const { entries, notes } = get()
  return entries.map(([id]) => notes[id]).filter((note): note is EvidenceNote => Boolean(note))
}

/** How many indexed notes could not be read this session: a total built without them may be short. */
export function unreadableNoteCount(): number {
  return get().unreadable.length
}

/**
 * Saves a note: its own key first, then the index. If either write fails, storage is left as it
 * was before and the caller keeps the draft on screen.
 */
export function saveNote(note: EvidenceNote): Promise<PlatformResult> {
  return oneAtATime(() => saveNoteNow(note))
}

async function saveNoteNow(note: EvidenceNote): Promise<PlatformResult> {
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

/**
 * Deletes a note, its photos and any draft of it. The note's key goes first: if that removal fails
 * nothing has changed and the caller says so. An index entry left behind (the app ended before
 * the index was written) points at nothing and is dropped at the next load.
 */
export function deleteNote(id: string): Promise<PlatformResult> {
  return oneAtATime(() => deleteNoteNow(id))
}

async function deleteNoteNow(id: string): Promise<PlatformResult> {
  await loadEvidence()
  if (!get().entries.some(([entryId]) => entryId === id)) return failure('failed', 'note not found')
  const note = get().notes[id] ?? (await readNote(id)).state
  const removed = await removeKey(noteKey(id))
  if (!removed.ok) return removed
  const entries = removeEntry(get().entries, id)
  await writeIndex(entries)
  note?.photos.forEach((photo) => removePhoto(photo.path))
  const notes = { ...get().notes }
  delete notes[id]
  set({ entries, notes, unreadable: get().unreadable.filter((unread) => unread !== id) })
  // The note is gone whatever happens to its drafts; the editor reports its own draft if it stays.
  await forgetDraftsOf(id)
  return { ok: true, value: undefined }
}

/**
 * Removes every stored draft of this note: its own (`evidence.<id>`) and a new-note draft that was
 * saved as it. A deleted or completed note must not come back from a draft, nor leave its account
 * and phone number behind in one.
 */
async function forgetDraftsOf(id: string): Promise<void> {
  for (const key of listKeys(EVIDENCE_DRAFT_PREFIX)) {
    const read = key === draftKey(`evidence.${id}`) ? undefined : await readKey(key)
    const belongs = !read || (read.status === 'found' && (read.value as { id?: unknown } | null)?.id === id)
    if (belongs) await removeKey(key)
  }
}

/** Forgets everything in memory, after 「删除全部数据」 has cleared storage. */
export function resetEvidence(): void {
  loading = null
  indexChanges = Promise.resolve()
  set({ status: 'idle', entries: [], notes: {}, unreadable: [] })
}
