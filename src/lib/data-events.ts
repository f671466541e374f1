/**
 * Two moments every store must hear about, without settings importing every store:
 * - all data was deleted (「删除全部数据」): each store empties itself;
 * - stored data was replaced underneath the stores (a set-aside copy put back): each store reloads.
 * Features subscribe when their store module loads; settings only announces.
 * Not a zustand store like the platform's event sources: these are commands, and the announcer
 * waits for every store's async work (「删除全部数据」 removes the keys only after each store has
 * emptied and written back), which a store's subscribers cannot be awaited for.
 */
type Listener = () => unknown

const clearedListeners = new Set<Listener>()
const replacedListeners = new Set<Listener>()

export function onAllDataCleared(listener: Listener): void {
  clearedListeners.add(listener)
}

export function onStoredDataReplaced(listener: Listener): void {
  replacedListeners.add(listener)
}

export async function announceAllDataCleared(): Promise<void> {
  await Promise.all([...clearedListeners].map(async (listener) => listener()))
}

export async function announceStoredDataReplaced(): Promise<void> {
  await Promise.all([...replacedListeners].map(async (listener) => listener()))
}
