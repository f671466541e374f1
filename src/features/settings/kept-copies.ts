import * as v from 'valibot'
import {
  ASIDE_PREFIX,
  BACKUP_PREFIX,
  envelope,
  loadRecord,
  originalKeyOf,
  type QuarantinedEntries,
  type RecordSpec,
} from '@/lib/stored-record'
import { listKeys, readKey, removeKey, writeKey } from '@/platform/storage'
import { failure, success, type PlatformResult } from '@/platform/result'

/** A copy the app kept instead of losing it: an unreadable record or entries set aside, or a backup taken before a migration. */
export interface KeptCopy {
  key: string
  originalKey: string
  kind: 'aside' | 'backup'
  /** How many user records it holds: the entries of a list, or 1 for a whole record. */
  records: number
  /** How many of them today's app can read, and so could put back. */
  restorable: number
  /** Readable entries not put back because an entry with the same id is there now (it may be newer). */
  conflicts: number
}

/** What a set-aside copy of single entries looks like (see persistence/persisted-storage). */
interface EntriesCopy {
  setAsideFrom: string
  entries: QuarantinedEntries[]
}

function isEntriesCopy(value: unknown): value is EntriesCopy {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as EntriesCopy).entries) &&
    typeof (value as EntriesCopy).setAsideFrom === 'string'
  )
}

/** The spec a stored key belongs to: an exact key, or a prefix such as the notes' `bj.evidence.note.`. */
function specFor(specs: RecordSpec<unknown>[], key: string): RecordSpec<unknown> | undefined {
  return specs.find((spec) => spec.key === key) ?? specs.find((spec) => spec.key.endsWith('.') && key.startsWith(spec.key))
}

function entrySchema(spec: RecordSpec<unknown>, field: string): v.GenericSchema | undefined {
  return spec.lists?.find((list) => list.field === field)?.entry
}

/** Splits a copy of entries into those today's schema reads and the rest. */
function sortEntries(spec: RecordSpec<unknown>, copy: EntriesCopy) {
  const readable: QuarantinedEntries[] = []
  const unreadable: QuarantinedEntries[] = []
  for (const { field, keyed, entries } of copy.entries) {
    const schema = entrySchema(spec, field)
    const check = (entry: unknown) => {
      if (!schema) return false
      if (!keyed) return v.safeParse(schema, entry).success
      return Array.isArray(entry) && typeof entry[0] === 'string' && v.safeParse(schema, entry[1]).success
    }
    const good = entries.filter(check)
    const bad = entries.filter((entry) => !check(entry))
    if (good.length) readable.push({ field, keyed, entries: good })
    if (bad.length) unreadable.push({ field, keyed, entries: bad })
  }
  return { readable, unreadable }
}

const count = (lists: QuarantinedEntries[]) => lists.reduce((sum, list) => sum + list.entries.length, 0)

/** Every set-aside copy and backup on the phone, with what could be restored from each. */
export async function listKeptCopies(specs: RecordSpec<unknown>[]): Promise<KeptCopy[]> {
  const copies: KeptCopy[] = []
  for (const key of [...listKeys(ASIDE_PREFIX), ...listKeys(BACKUP_PREFIX)]) {
    const originalKey = originalKeyOf(key)
    if (!originalKey) continue
    const read = await readKey(key)
    if (read.status !== 'found') continue
    const kind = key.startsWith(ASIDE_PREFIX) ? 'aside' : 'backup'
    const spec = specFor(specs, originalKey)
    if (isEntriesCopy(read.value)) {
      const sorted = spec ? sortEntries(spec, read.value) : { readable: [], unreadable: read.value.entries }
      const conflicts = spec ? count(await conflictsWithCurrent(spec, originalKey, sorted.readable)) : 0
      copies.push({ key, originalKey, kind, records: count(read.value.entries), restorable: count(sorted.readable) - conflicts, conflicts })
    } else {
      const readable = spec ? loadRecord(spec, read.value).kind === 'ok' : false
      const originalEmpty = (await readKey(originalKey)).status === 'missing'
      copies.push({ key, originalKey, kind, records: 1, restorable: readable && originalEmpty && kind === 'aside' ? 1 : 0, conflicts: 0 })
    }
  }
  return copies
}

/** The id of a list entry: a record's `id`, or the first item of a tuple such as the evidence index's [id, at, type]. */
function entryId(entry: unknown): unknown {
  if (Array.isArray(entry)) return entry[0]
  return typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined
}

/**
 * Adds restored entries to a collection, by id: an entry whose id is already there is never put
 * back over it (what is there now may be newer, with ticks and times the copy lacks). Those come
 * back as conflicts, to stay set aside and be shown.
 */
function withEntries(state: Record<string, unknown>, restored: QuarantinedEntries[]) {
  const next = { ...state }
  const conflicts: QuarantinedEntries[] = []
  for (const { field, keyed, entries } of restored) {
    const collection = next[field]
    const present = new Set(
      keyed ? Object.keys((collection as Record<string, unknown>) ?? {}) : (Array.isArray(collection) ? collection : []).map(entryId),
    )
    const isNew = (entry: unknown) => {
      const id = keyed ? (entry as [string, unknown])[0] : entryId(entry)
      if (id !== undefined && present.has(id)) return false
      present.add(id)
      return true
    }
    const fresh = entries.filter(isNew)
    const clashing = entries.filter((entry) => !fresh.includes(entry))
    if (clashing.length) conflicts.push({ field, keyed, entries: clashing })
    if (keyed) next[field] = { ...(collection as Record<string, unknown>), ...Object.fromEntries(fresh as [string, unknown][]) }
    else next[field] = [...(Array.isArray(collection) ? collection : []), ...fresh]
  }
  return { next, conflicts }
}

/**
 * The user chose the set-aside entries over the ones there now: each clashing entry takes the
 * place of the current one, and the current one is set aside in its stead, so either can come back.
 */
function swapEntries(state: Record<string, unknown>, clashing: QuarantinedEntries[]) {
  const next = { ...state }
  const replaced: QuarantinedEntries[] = []
  for (const { field, keyed, entries } of clashing) {
    if (keyed) {
      const collection = { ...(next[field] as Record<string, unknown>) }
      replaced.push({ field, keyed, entries: entries.map((entry) => [(entry as [string])[0], collection[(entry as [string])[0]]]) })
      for (const [id, value] of entries as [string, unknown][]) collection[id] = value
      next[field] = collection
    } else {
      const list = [...(next[field] as unknown[])]
      const out: unknown[] = []
      for (const entry of entries) {
        const at = list.findIndex((item) => entryId(item) === entryId(entry))
        out.push(list[at])
        list[at] = entry
      }
      replaced.push({ field, keyed, entries: out })
      next[field] = list
    }
  }
  return { next, replaced }
}

/** The readable entries of a copy whose id is already in the record they came from. */
async function conflictsWithCurrent(
  spec: RecordSpec<unknown>,
  originalKey: string,
  readable: QuarantinedEntries[],
): Promise<QuarantinedEntries[]> {
  const current = await readKey(originalKey)
  const loaded = current.status === 'found' ? loadRecord(spec, current.value) : undefined
  return loaded?.kind === 'ok' ? withEntries(loaded.state as Record<string, unknown>, readable).conflicts : []
}

/** What a restore did: entries put back, and entries kept aside because one with the same id is there now. */
export interface Restored {
  restored: number
  conflicts: number
}

/**
 * Puts back what today's app can read from a set-aside copy. Entries go back into their list or
 * map by id, never over an entry that is there now; a whole record goes back only where its key
 * is empty, so nothing saved since is overwritten. What cannot be read, or clashes, stays set aside.
 */
export async function restoreKeptCopy(
  copy: KeptCopy,
  specs: RecordSpec<unknown>[],
  replaceClashing = false,
): Promise<PlatformResult<Restored>> {
  const spec = specFor(specs, copy.originalKey)
  if (!spec || copy.restorable + copy.conflicts === 0) return failure('failed', '这份记录现在还读不出来')
  const read = await readKey(copy.key)
  if (read.status !== 'found') return failure('failed', '这份记录已经不在了')
  if (!isEntriesCopy(read.value)) {
    const loaded = loadRecord(spec, read.value)
    if (loaded.kind !== 'ok') return failure('failed', '这份记录现在还读不出来')
    if ((await readKey(copy.originalKey)).status !== 'missing') return failure('failed', '原处已经有新的记录，没有覆盖它')
    const written = await writeKey(copy.originalKey, envelope(spec, loaded.state))
    if (!written.ok) return written
    await removeKey(copy.key)
    return success({ restored: 1, conflicts: 0 })
  }
  const { readable, unreadable } = sortEntries(spec, read.value)
  const current = await readKey(copy.originalKey)
  const loaded = current.status === 'found' ? loadRecord(spec, current.value) : undefined
  if (!loaded || loaded.kind !== 'ok') return failure('failed', '原来的记录现在读不出来，先不放回')
  const merged = withEntries(loaded.state as Record<string, unknown>, readable)
  const swapped = replaceClashing ? swapEntries(merged.next, merged.conflicts) : { next: merged.next, replaced: merged.conflicts }
  const conflicts = replaceClashing ? [] : merged.conflicts
  const written = await writeKey(copy.originalKey, envelope(spec, swapped.next))
  if (!written.ok) return written
  const stillAside = [...unreadable, ...swapped.replaced]
  if (stillAside.length) await writeKey(copy.key, { ...read.value, entries: stillAside })
  else await removeKey(copy.key)
  return success({ restored: count(readable) - count(conflicts), conflicts: count(conflicts) })
}
