import { createStore } from 'zustand/vanilla'
import { failure, type PlatformResult } from './result'
import { device } from './storage-device'

/** The result of reading a key: it may simply not be there yet. */
export type StorageRead = { status: 'found'; value: unknown } | { status: 'missing' } | { status: 'failed'; message: string }

export interface StorageUsage {
  keys: string[]
  usedKb: number
  limitKb: number
}

/** Reads one key as stored. Device-specific: storage-device.ts (WeChat) and storage-device.h5.ts (browser). */
export function readKey(key: string): Promise<StorageRead> {
  return device.read(key)
}

/**
 * Keys the app must not overwrite, with the reason to show: a record from a newer version, or one
 * whose read failed, so what is stored there is unknown. Only 「删除全部数据」 (removeKey) clears one.
 */
export const writeBlocks = createStore<{ blocks: ReadonlyMap<string, string> }>(() => ({ blocks: new Map() }))

export function blockWrites(key: string, reason: string): void {
  writeBlocks.setState(({ blocks }) => ({ blocks: new Map(blocks).set(key, reason) }))
}

/** Why writing `key` is refused, or undefined when it may be written. */
export function writeBlockFor(key: string): string | undefined {
  return writeBlocks.getState().blocks.get(key)
}

function unblockWrites(key: string): void {
  const { blocks } = writeBlocks.getState()
  if (!blocks.has(key)) return
  const rest = new Map(blocks)
  rest.delete(key)
  writeBlocks.setState({ blocks: rest })
}

/** How long a write or removal may take before it counts as failed: one that never answers must not hold every later change. */
const ANSWER_TIMEOUT_MS = 8000

function withinTime(attempt: Promise<PlatformResult>): Promise<PlatformResult> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<PlatformResult>((resolve) => {
    timer = setTimeout(() => resolve(failure('failed', 'storage did not answer')), ANSWER_TIMEOUT_MS)
  })
  return Promise.race([attempt, late]).finally(() => clearTimeout(timer))
}

export async function writeKey(key: string, value: unknown): Promise<PlatformResult> {
  const blocked = writeBlockFor(key)
  if (blocked) return failure('blocked', blocked)
  return withinTime(device.write(key, value))
}

export async function removeKey(key: string): Promise<PlatformResult> {
  const removed = await withinTime(device.remove(key))
  if (removed.ok) unblockWrites(key)
  return removed
}

/** How much of the storage quota is used, as the platform reports it (or, in the browser, measures it). */
export function storageUsage(): PlatformResult<StorageUsage> {
  return device.usage()
}

/** Every key whose name starts with `prefix`, e.g. all evidence notes. */
export function listKeys(prefix: string): string[] {
  return device.keys().filter((key) => key.startsWith(prefix))
}

/** Every key under `prefix` with its value exactly as stored, for 「导出原始数据」. Unreadable keys are skipped. */
export async function readAllRaw(prefix: string): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {}
  for (const key of listKeys(prefix)) {
    const read = await readKey(key)
    if (read.status === 'found') values[key] = read.value
  }
  return values
}

/** Keys whose removal failed, with a fingerprint of the value that should have gone, retried at the next start. */
const PENDING_REMOVALS_KEY = 'bj.removals-pending'

/** A short fingerprint of a stored value, so a retry never removes a value written since. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? ''
  let hash = 5381
  for (let index = 0; index < text.length; index += 1) hash = (hash * 33 + text.charCodeAt(index)) | 0
  return `${text.length}:${hash >>> 0}`
}

/**
 * Removes every key given and returns those it could not remove. Those are remembered, with what
 * they held, and removed at the next start by `retryPendingRemovals` unless written again since.
 */
export async function removeKeys(keys: string[]): Promise<string[]> {
  const left: Record<string, string> = {}
  for (const key of keys) {
    if (key === PENDING_REMOVALS_KEY) continue
    const removed = await removeKey(key)
    if (removed.ok) continue
    const read = await readKey(key)
    if (read.status === 'found') left[key] = fingerprint(read.value)
  }
  if (Object.keys(left).length > 0) await writeKey(PENDING_REMOVALS_KEY, left)
  else await removeKey(PENDING_REMOVALS_KEY)
  return Object.keys(left)
}

/** At start: removes what an earlier 「删除」 could not, where it still holds the same value. Resolves to how many it removed. */
export async function retryPendingRemovals(): Promise<number> {
  const pending = await readKey(PENDING_REMOVALS_KEY)
  if (pending.status !== 'found' || typeof pending.value !== 'object' || pending.value === null) return 0
  const unchanged: string[] = []
  for (const [key, print] of Object.entries(pending.value as Record<string, unknown>)) {
    const read = await readKey(key)
    if (read.status === 'found' && fingerprint(read.value) === print) unchanged.push(key)
  }
  const left = await removeKeys(unchanged)
  return unchanged.length - left.length
}
