import type { StoreApi } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { asideKey, backupKey, envelope, legacyAsideTarget, loadRecord, type QuarantinedEntries, type RecordSpec } from '@/lib/stored-record'
import { blockWrites, listKeys, readKey, removeKey, writeBlockFor, writeKey } from '@/platform/storage'
import { catchUpWithOtherTabs, followOtherTabs, type FollowedStore } from '@/platform/other-tabs'
import { failure, type FailureReason, type PlatformResult } from '@/platform/result'

/** Something went wrong with stored data; the app tells the user instead of failing silently. */
export interface StorageProblem {
  key: string
  kind:
    | 'corrupt' // the whole record could not be read; it was set aside
    | 'entries-set-aside' // some entries of a list could not be read; they were set aside
    | 'newer' // written by a newer version; shown read-only, never overwritten
    | 'read-failed' // storage did not answer; the key is left untouched
    | 'write-failed' // a change was not saved
    | 'backup-failed' // an old record could not be backed up before migrating, so it is left as it was
  reason?: FailureReason
  /** Where an unreadable record, or its unreadable entries, were copied so that nothing is lost. */
  asideKey?: string
  /** How many entries were set aside. */
  count?: number
  at: number
}

/** The message on every action that would write to a record from a newer version. */
export const NEWER_VERSION_MESSAGE = '这部分数据来自更新的版本，请更新小程序后再修改'
const UNREAD_MESSAGE = '这部分数据暂时读不出来，为了不覆盖它，现在不能修改。请重新打开小程序再试。'
/** Storage was too full to back up an old record before upgrading it: it is shown, but kept as it is. */
export const FULL_BEFORE_UPGRADE_MESSAGE =
  '手机上的小程序存储空间满了，这部分旧记录还没能升级，现在只能查看、不能修改。清理一些空间后再打开小程序就能修改。'

/**
 * The storage problems to show, in the order they happened; the banner on every page reads this store.
 * One problem per key and kind: a repeat replaces the earlier one.
 */
export const storageProblems = createStore<{ problems: StorageProblem[] }>(() => ({ problems: [] }))

/** Shows a storage problem in the banner on every page. */
export function reportStorageProblem(problem: StorageProblem): void {
  storageProblems.setState(({ problems }) => ({
    problems: [...problems.filter((p) => !(p.key === problem.key && p.kind === problem.kind)), problem],
  }))
}

/** Clears the write-failure notice for a key once a later write to it succeeds. */
function resolveWriteProblem(key: string): void {
  const { problems } = storageProblems.getState()
  if (!problems.some((p) => p.key === key && p.kind === 'write-failed')) return
  storageProblems.setState({ problems: problems.filter((p) => !(p.key === key && p.kind === 'write-failed')) })
}

export function dismissStorageProblems(): void {
  storageProblems.setState({ problems: [] })
}

/** Copies an unreadable value to `bj.aside.<key>.<time>`, a key no loader scans. Returns that key if the copy was written. */
export async function setAside(key: string, raw: unknown, now = Date.now()): Promise<string | undefined> {
  const target = asideKey(key, now)
  const written = await writeKey(target, raw)
  return written.ok ? target : undefined
}

/** Sets aside the entries of a list that could not be read, once, with the field they came from. */
async function setAsideEntries(key: string, quarantined: QuarantinedEntries[], now: number): Promise<string | undefined> {
  return setAside(key, { setAsideFrom: key, entries: quarantined }, now)
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Migrates a record in storage: backs up the raw old value first, writes the migrated one, reads it
 * back, and only then removes the backup. If the backup cannot be written the old value is left as
 * it is, and the key is not written this session.
 */
async function writeMigrated(key: string, raw: unknown, fromVersion: number, migrated: unknown): Promise<void> {
  const backup = backupKey(key, fromVersion)
  const backedUp = await writeKey(backup, raw)
  if (!backedUp.ok) {
    blockWrites(key, backedUp.reason === 'quota' ? FULL_BEFORE_UPGRADE_MESSAGE : UNREAD_MESSAGE)
    reportStorageProblem({ key, kind: 'backup-failed', reason: backedUp.reason, at: Date.now() })
    return
  }
  const written = await writeKey(key, migrated)
  if (!written.ok) return
  const readBack = await readKey(key)
  if (readBack.status === 'found' && sameJson(readBack.value, migrated)) await removeKey(backup)
}

/** What loading a key gave: the state to show (if any), and whether it may be changed. */
export interface LoadedRecord<S> {
  state?: S
  /** missing: never written; failed: storage did not answer (what is there is unknown); corrupt: set aside. */
  status: 'ok' | 'newer' | 'missing' | 'failed' | 'corrupt'
}

/**
 * The whole load procedure for one stored key, shared by every store:
 * - missing → nothing; a failed read → nothing, and the key is not written this session;
 * - corrupt → copied aside once and removed from its key, so it is not set aside again next start;
 * - from a newer version → kept where it is, shown read-only if today's schema can read it;
 * - some bad entries → those entries copied aside once, the rest written back and shown;
 * - from an older version → backed up, migrated, written back, read back, backup removed.
 */
export async function loadStoredRecord<S>(spec: RecordSpec<S>, key = spec.key, now = Date.now()): Promise<LoadedRecord<S>> {
  const read = await readKey(key)
  if (read.status === 'missing') return { status: 'missing' }
  if (read.status === 'failed') {
    blockWrites(key, UNREAD_MESSAGE)
    reportStorageProblem({ key, kind: 'read-failed', at: now })
    return { status: 'failed' }
  }
  const loaded = loadRecord(spec, read.value)
  if (loaded.kind === 'corrupt') {
    const aside = await setAside(key, read.value, now)
    if (aside) await removeKey(key)
    else blockWrites(key, UNREAD_MESSAGE)
    reportStorageProblem({ key, kind: 'corrupt', asideKey: aside, at: now })
    return { status: 'corrupt' }
  }
  if (loaded.kind === 'newer') {
    blockWrites(key, NEWER_VERSION_MESSAGE)
    reportStorageProblem({ key, kind: 'newer', at: now })
    return { state: loaded.state, status: 'newer' }
  }
  const current = envelope(spec, loaded.state)
  if (loaded.quarantined.length > 0) {
    const aside = await setAsideEntries(key, loaded.quarantined, now)
    const count = loaded.quarantined.reduce((sum, entry) => sum + entry.entries.length, 0)
    reportStorageProblem({ key, kind: 'entries-set-aside', asideKey: aside, count, at: now })
    if (!aside) {
      blockWrites(key, UNREAD_MESSAGE)
      return { state: loaded.state, status: 'ok' }
    }
  }
  if (loaded.fromVersion < spec.version) await writeMigrated(key, read.value, loaded.fromVersion, current)
  else if (loaded.quarantined.length > 0) await writeKey(key, current)
  return { state: loaded.state, status: 'ok' }
}

/** Every stored record's contract, by key (or key prefix), for settings to list and restore set-aside copies. */
const records = new Map<string, RecordSpec<unknown>>()

/** Makes a record's contract known to settings. Stores made with `createPersistedStorage` are registered already. */
export function registerRecord(spec: RecordSpec<unknown>): void {
  records.set(spec.key, spec)
}

export function registeredRecords(): RecordSpec<unknown>[] {
  return [...records.values()]
}

/** The write a store's last change started, per key, so the action that made it can wait for it. */
const pendingWrites = new Map<string, Promise<PlatformResult>>()
/** Keys whose next write-back is a rollback of a failed change: storage already holds that value. */
const skipNextWrite = new Set<string>()
/**
 * Keys whose saved value has been loaded. A store changed before its load finished would write an
 * almost empty state over what is saved, so such a write is refused instead.
 */
const loadedKeys = new Set<string>()
const NOT_LOADED_MESSAGE = '还在读取已保存的数据，请稍等一下再试'

/**
 * A zustand `persist` storage for one record spec. It loads through `loadStoredRecord`, maps
 * WeChat's '' (missing) to null, refuses to write keys it must not overwrite, and keeps each
 * write's result for `commit`.
 */
export function createPersistedStorage<S>(spec: RecordSpec<S>): PersistStorage<S> {
  registerRecord(spec as RecordSpec<unknown>)
  return {
    async getItem(name): Promise<StorageValue<S> | null> {
      const loaded = await loadStoredRecord(spec, name)
      loadedKeys.add(name)
      if (loaded.state === undefined) return null
      return { state: loaded.state, version: spec.version }
    },
    setItem(name, value): Promise<void> {
      if (skipNextWrite.delete(name)) return Promise.resolve()
      const attempt = loadedKeys.has(name)
        ? writeKey(name, envelope(spec, value.state))
        : Promise.resolve(failure('failed', NOT_LOADED_MESSAGE))
      const write = attempt.then((written) => {
        if (written.ok) resolveWriteProblem(name)
        else if (written.reason !== 'blocked')
          reportStorageProblem({ key: name, kind: 'write-failed', reason: written.reason, at: Date.now() })
        return written
      })
      pendingWrites.set(name, write)
      return write.then(() => undefined)
    },
    async removeItem(name): Promise<void> {
      await removeKey(name)
    },
  }
}

/** Forgets which keys were loaded, so the next load reads storage again (after 「删除全部数据」, and in tests). */
export function forgetLoadedKeys(): void {
  loadedKeys.clear()
}

/** A zustand store with `persist`: commit re-reads storage into it before each change (H5, where another tab may have written). */
type PersistedStore<T> = FollowedStore<T>

/** The commits waiting on each key: one runs at a time, so each starts from what is stored. */
const commitQueues = new Map<string, Promise<unknown>>()

/**
 * Changes a persisted store and waits until the change is on the phone. Changes to one key run
 * one after another; each first re-reads the key, so a change made in another tab is kept, and
 * applies its change to that. If the write fails only this change is rolled back, so the screen
 * never shows as saved what was not saved, and never drops a change that was.
 */
export function commit<T>(store: StoreApi<T>, key: string, change: (state: T) => Partial<T>): Promise<PlatformResult> {
  const run = (commitQueues.get(key) ?? Promise.resolve()).then(() => commitNow(store, key, change))
  commitQueues.set(
    key,
    run.catch(() => undefined),
  )
  return run
}

/**
 * Keeps a store in step with another tab (H5): it shows what that tab saves, and empties, without
 * writing, when that tab removes the key, so a change here never writes back what was deleted.
 */
export function followOtherWriters<T>(store: PersistedStore<T>, key: string): () => void {
  return followOtherTabs(store, key, () => {
    skipNextWrite.add(key)
    store.setState(store.getInitialState(), true)
  })
}

async function commitNow<T>(store: StoreApi<T>, key: string, change: (state: T) => Partial<T>): Promise<PlatformResult> {
  const blocked = writeBlockFor(key)
  if (blocked) return failure('blocked', blocked)
  if (loadedKeys.has(key) && 'persist' in store) await catchUpWithOtherTabs(store as PersistedStore<T>, key)
  const before = store.getState()
  pendingWrites.delete(key)
  store.setState(change(before))
  const write = pendingWrites.get(key)
  if (!write) return failure('failed', 'the change was not written')
  // A write that never answers fails after a while (platform/storage); if it lands later after all,
  // the next change re-reads the key first (`catchUp`), so screen and storage agree again.
  const written = await write
  if (!written.ok) {
    skipNextWrite.add(key)
    store.setState(before, true)
  }
  return written
}

/**
 * The first release kept set-aside copies at `<key>.set-aside.<time>`, where the note loader found
 * them again on every start. Moves each to `bj.aside.…` once; a copy that cannot be moved stays put.
 */
export async function moveLegacyAsides(): Promise<void> {
  for (const key of listKeys('bj.')) {
    const target = legacyAsideTarget(key)
    if (!target) continue
    const read = await readKey(key)
    if (read.status !== 'found') continue
    const moved = await writeKey(target, read.value)
    if (moved.ok) await removeKey(key)
  }
}
