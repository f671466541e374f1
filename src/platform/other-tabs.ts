import type { StoreApi } from 'zustand'

/**
 * Other copies of the app writing the same storage: another browser tab (other-tabs.h5.ts).
 * WeChat runs one copy of the mini-program, so here there is nothing to follow.
 */
export type FollowedStore<T> = StoreApi<T> & { persist: { rehydrate: () => Promise<void> | void }; getInitialState: () => T }

const nothingToStop = () => () => undefined

/** Calls back with the key whenever another tab changes one. */
export const watchOtherTabs: (listener: (key: string) => void) => () => void = nothingToStop

/** Before a change: reads what another tab saved under `key` since. */
export const catchUpWithOtherTabs: <T>(store: FollowedStore<T>, key: string) => Promise<void> = () => Promise.resolve()

/** Keeps a store in step with what other tabs save or remove under `key`. */
export const followOtherTabs: <T>(store: FollowedStore<T>, key: string, reset: () => void) => () => void = nothingToStop
