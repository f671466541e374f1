import { create } from 'zustand'
import { listKeys, readKey, removeKey, writeKey } from '@/platform/storage'
import { watchOtherTabs } from '@/platform/other-tabs'
import { draftKey } from '@/lib/draft-key'
import { loadStoredRecord, moveLegacyAsides, registerRecord } from '@/persistence/persisted-storage'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import type { RecordSpec } from '@/lib/stored-record'
import type { PlatformResult } from '@/platform/result'
import type { EvidenceNote } from './model'
import {
  INDEX_KEY,
  INDEX_RECORD,
  NOTE_KEY_PREFIX,
  NOTE_RECORD,
  encodeIndex,
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

export async function writeIndex(entries: IndexEntry[]): Promise<PlatformResult> {
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
export async function readNote(id: string) {
  return loadStoredRecord(NOTE_RECORD, noteKey(id))
}

let loading: Promise<void> | null = null

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
  const unreadable = [
    ...get().unreadable.filter((id) => !found[id] && !gone.includes(id)),
    ...failed.filter((id) => !get().unreadable.includes(id)),
  ]
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
 * Removes every stored draft of this note: its own (`evidence.<id>`) and a new-note draft that was
 * saved as it. A deleted or completed note must not come back from a draft, nor leave its account
 * and phone number behind in one.
 */
export async function forgetDraftsOf(id: string): Promise<void> {
  for (const key of listKeys(EVIDENCE_DRAFT_PREFIX)) {
    const read = key === draftKey(`evidence.${id}`) ? undefined : await readKey(key)
    const belongs = !read || (read.status === 'found' && (read.value as { id?: unknown } | null)?.id === id)
    if (belongs) await removeKey(key)
  }
}

/** Forgets everything in memory, after 「删除全部数据」 has cleared storage. */
export function resetEvidence(): void {
  loading = null
  set({ status: 'idle', entries: [], notes: {}, unreadable: [] })
}
