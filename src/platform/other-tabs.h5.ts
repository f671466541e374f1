import { readKey } from './storage'
import type { FollowedStore } from './other-tabs'

export type { FollowedStore } from './other-tabs'

/** Calls back with the key whenever another tab of this page changes one (the browser's `storage` event). */
export function watchOtherTabs(listener: (key: string) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key) listener(event.key)
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}

/**
 * Before a change: if what is stored under `key` differs from what the store holds, another tab
 * saved since, so the store reads it again and the change builds on that, never on an older copy.
 */
export async function catchUpWithOtherTabs<T>(store: FollowedStore<T>, key: string): Promise<void> {
  const read = await readKey(key)
  if (read.status !== 'found') return
  const stored = (read.value as { state?: unknown } | null)?.state
  const current = store.getState() as Record<string, unknown>
  const changed =
    !stored ||
    typeof stored !== 'object' ||
    Object.entries(stored).some(([field, value]) => JSON.stringify(value) !== JSON.stringify(current[field]))
  if (changed) await store.persist.rehydrate()
}

/**
 * When another tab saves `key`, this one reads it again, so its screen shows that change. When
 * that tab removed the key (「删除全部数据」), `reset` empties this one without writing, so its next
 * change cannot write back what the user deleted.
 */
export function followOtherTabs<T>(store: FollowedStore<T>, key: string, reset: () => void): () => void {
  return watchOtherTabs((changed) => {
    if (changed !== key) return
    void readKey(key).then((read) => (read.status === 'missing' ? reset() : store.persist.rehydrate()))
  })
}
