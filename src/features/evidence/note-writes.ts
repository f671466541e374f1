import { removeKey, writeKey } from '@/platform/storage'
import { removePhoto } from '@/platform/files'
import { failure, type PlatformResult } from '@/platform/result'
import type { EvidenceNote } from './model'
import { encodeNote, entryFor, noteKey, removeEntry, upsertEntry } from './record'
import { onAllDataCleared } from '@/lib/data-events'
import { forgetDraftsOf, loadEvidence, readNote, useEvidence, writeIndex } from './store'

/*
 * Saving and deleting notes: only the editor (in the case subpackage) does either, so this code
 * stays out of the main package, where the tabs only read.
 */

const set = useEvidence.setState
const get = useEvidence.getState

/** Saves and deletes run one after another: each builds the index from the one the last wrote. */
let indexChanges: Promise<unknown> = Promise.resolve()
function oneAtATime(change: () => Promise<PlatformResult>): Promise<PlatformResult> {
  const run = indexChanges.then(change)
  indexChanges = run.catch(() => undefined)
  return run
}

/** Forgets a change still queued, after 「删除全部数据」 (and between tests): nothing after it waits for it. */
export function forgetQueuedChanges(): void {
  indexChanges = Promise.resolve()
}
onAllDataCleared(forgetQueuedChanges)

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
