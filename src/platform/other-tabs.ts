import type { StoreApi } from 'zustand'

/**
 * Other copies of the app writing the same storage: another browser tab (other-tabs.h5.ts).
 * WeChat runs one copy of the mini-program, so here there is nothing to follow.
 */
export type FollowedStore<T> = StoreApi<T> & { persist: { rehydrate: () => Promise<void> | void }; getInitialState: () => T }

const stopNothing = () => undefined

/** Calls back with the key whenever another tab changes one. */
export function watchOtherTabs(_listener: (key: string) => void): () => void {
  return stopNothing
}

/** Before a change: reads what another tab saved under `key` since. */
export function catchUpWithOtherTabs<T>(_store: FollowedStore<T>, _key: string): Promise<void> {
  return Promise.resolve()
}

/** Keeps a store in step with what other tabs save or remove under `key`. */
export function followOtherTabs<T>(_store: FollowedStore<T>, _key: string, _reset: () => void): () => void {
  return stopNothing
}
