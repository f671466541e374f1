// The load-and-write procedure every store shares, against storage with WeChat's semantics:
// older versions migrate with a backup, damaged values are set aside once, newer ones stay put,
// and a write that fails changes nothing and says so.
import Taro from '@tarojs/taro'
import * as v from 'valibot'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RecordSpec } from '@/lib/stored-record'
import {
  FULL_BEFORE_UPGRADE_MESSAGE,
  NEWER_VERSION_MESSAGE,
  commit,
  createPersistedStorage,
  dismissStorageProblems,
  forgetLoadedKeys,
  loadStoredRecord,
  moveLegacyAsides,
  storageProblems,
  type StorageProblem,
} from '@/persistence/persisted-storage'
import { removeKey, writeBlockFor } from '@/platform/storage'
import { createFakeWx, promisified } from '../../support/fake-wx'

type State = { items: string[] }

/** Version 2 of a small list; version 1 kept `list`, version 0 kept a comma-separated `csv`. */
const SPEC: RecordSpec<State> = {
  key: 'bj.list',
  version: 2,
  schema: v.object({ items: v.array(v.string()) }),
  migrate: {
    0: (state) => ({ list: String((state as { csv: string }).csv).split(',') }),
    1: (state) => ({ items: (state as { list: string[] }).list }),
  },
  lists: [{ field: 'items', entry: v.string() }],
}

let wx: ReturnType<typeof createFakeWx>
let problems: StorageProblem[]
let unsubscribe: () => void
const keys = () => [...wx.__store.keys()].sort()
const asides = () => keys().filter((key) => key.startsWith('bj.aside.'))

function useFakeWx(limits = { perKeyLimit: 2048, totalLimit: 8192 }) {
  wx = createFakeWx(limits)
  for (const api of ['getStorage', 'setStorage', 'removeStorage'] as const) {
    jest.spyOn(Taro, api).mockImplementation(promisified(wx, api) as never)
  }
  jest
    .spyOn(Taro, 'getStorageInfoSync')
    .mockImplementation(() => (wx as unknown as { getStorageInfoSync: () => never }).getStorageInfoSync())
}

beforeEach(() => {
  useFakeWx()
  forgetLoadedKeys()
  dismissStorageProblems()
  unsubscribe = storageProblems.subscribe((state) => {
    problems = state.problems
  })
  problems = storageProblems.getState().problems
})

afterEach(async () => {
  unsubscribe()
  // Clears any write block this test left, through the one path that may.
  await removeKey(SPEC.key)
  jest.restoreAllMocks()
})

const load = () => loadStoredRecord(SPEC, SPEC.key, 1000)

describe('loading', () => {
  it("treats WeChat's '' for a missing key as nothing saved", async () => {
    expect(wx.getStorageSync('bj.list')).toBe('')
    expect((await load()).state).toBeUndefined()
    expect(problems).toEqual([])
  })

  it('migrates an older version: backs up the raw value, writes the new one, reads it back, then removes the backup', async () => {
    wx.setStorageSync('bj.list', { state: { csv: 'a,b' }, version: 0 })
    expect(await load()).toMatchObject({ state: { items: ['a', 'b'] } })
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['a', 'b'] }, version: 2 })
    const writes = wx.__calls
      .filter((call) => call.api === 'setStorage' || call.api === 'removeStorage')
      .map((call) => `${call.api} ${(call.options as { key: string }).key}`)
    expect(writes).toEqual(['setStorage bj.backup.bj.list.v0', 'setStorage bj.list', 'removeStorage bj.backup.bj.list.v0'])
    expect(keys()).toEqual(['bj.list'])
  })

  it('keeps the backup when the migrated value reads back different', async () => {
    wx.setStorageSync('bj.list', { state: { list: ['a'] }, version: 1 })
    const realGet = promisified(wx, 'getStorage')
    let reads = 0
    jest.spyOn(Taro, 'getStorage').mockImplementation(((options: { key: string }) => {
      reads += 1
      // The second read is the read-back after the migration write.
      if (reads === 2) return Promise.resolve({ data: { state: { items: ['tampered'] }, version: 2 } })
      return (realGet as (options: { key: string }) => Promise<unknown>)(options)
    }) as never)
    await load()
    expect(wx.getStorageSync('bj.backup.bj.list.v1')).toEqual({ state: { list: ['a'] }, version: 1 })
  })

  it('shows an older value migrated in memory, but leaves it untouched and refuses writes, when its backup cannot be written', async () => {
    wx.setStorageSync('bj.list', { state: { list: ['keep'] }, version: 1 })
    wx.__failNextWrite('setStorage:fail exceed storage max size 10Mb')
    expect(await load()).toMatchObject({ state: { items: ['keep'] } })
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { list: ['keep'] }, version: 1 })
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'backup-failed', reason: 'quota' })])
    expect(writeBlockFor('bj.list')).toBeTruthy()
  })

  it('sets a corrupt value aside once, under a prefix no loader scans, and removes it from its key', async () => {
    wx.setStorageSync('bj.other', { state: { items: ['keep me'] }, version: 2 })
    wx.__putRaw('bj.list', '{"state": [broken')
    expect((await load()).state).toBeUndefined()
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'corrupt', asideKey: 'bj.aside.bj.list.1000' })])
    expect(wx.getStorageSync('bj.aside.bj.list.1000')).toBe('{"state": [broken')
    expect(wx.getStorageSync('bj.list')).toBe('')
    // The next start finds nothing to set aside again: the copy does not grow.
    await loadStoredRecord(SPEC, SPEC.key, 2000)
    expect(asides()).toEqual(['bj.aside.bj.list.1000'])
    expect(wx.getStorageSync('bj.other')).toEqual({ state: { items: ['keep me'] }, version: 2 })
  })

  it.each([
    ['a version that is not a number', { state: { items: ['a'] }, version: '2' }],
    ['a list that is an object', { state: { items: { a: 1 } }, version: 2 }],
    ['a list that is null', { state: { items: null }, version: 2 }],
    ['no state', { version: 2 }],
  ])('sets aside %s whole, never reading it as empty', async (_label, stored) => {
    wx.setStorageSync('bj.list', stored)
    expect((await load()).state).toBeUndefined()
    expect(wx.getStorageSync('bj.aside.bj.list.1000')).toEqual(stored)
  })

  it('sets aside only the bad entries of a list, keeps the rest, and writes the cleaned list back', async () => {
    wx.setStorageSync('bj.list', { state: { items: ['a', null, 'b', 42] }, version: 2 })
    expect(await load()).toMatchObject({ state: { items: ['a', 'b'] } })
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'entries-set-aside', count: 2 })])
    expect(wx.getStorageSync('bj.aside.bj.list.1000')).toEqual({
      setAsideFrom: 'bj.list',
      entries: [{ field: 'items', keyed: false, entries: [null, 42] }],
    })
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['a', 'b'] }, version: 2 })
  })

  it('keeps a newer version where it is, shows it read-only, and refuses every write to it', async () => {
    const future = { state: { items: ['from the future'] }, version: 7 }
    wx.setStorageSync('bj.list', future)
    expect(await load()).toMatchObject({ state: { items: ['from the future'] } })
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'newer' })])
    expect(writeBlockFor('bj.list')).toBe(NEWER_VERSION_MESSAGE)
    const storage = createPersistedStorage(SPEC)
    await storage.setItem('bj.list', { state: { items: [] }, version: 2 })
    expect(wx.getStorageSync('bj.list')).toEqual(future)
    expect(asides()).toEqual([])
  })

  it('leaves the key alone and refuses writes when storage does not answer', async () => {
    wx.setStorageSync('bj.list', { state: { items: ['a'] }, version: 2 })
    jest.spyOn(Taro, 'getStorage').mockRejectedValue({ errMsg: 'getStorage:fail internal error' })
    expect((await load()).state).toBeUndefined()
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'read-failed' })])
    expect(writeBlockFor('bj.list')).toBeTruthy()
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['a'] }, version: 2 })
  })

  it('round-trips text with lone surrogates exactly as stored', async () => {
    wx.setStorageSync('bj.list', { state: { items: ['半个表情\ud83d', '\ude00尾'] }, version: 2 })
    expect(await load()).toMatchObject({ state: { items: ['半个表情\ud83d', '\ude00尾'] } })
  })

  it('moves an old-style set-aside copy to the aside prefix once', async () => {
    wx.setStorageSync('bj.evidence.note.x.set-aside.123', '{broken')
    await moveLegacyAsides()
    expect(keys()).toEqual(['bj.aside.bj.evidence.note.x.123'])
    await moveLegacyAsides()
    expect(keys()).toEqual(['bj.aside.bj.evidence.note.x.123'])
  })
})

describe('writing through a store', () => {
  function makeStore() {
    return create<State>()(
      persist(() => ({ items: [] as string[] }), { name: 'bj.list', version: 2, storage: createPersistedStorage(SPEC) }),
    )
  }

  it('writes case data encrypted on weapp', async () => {
    const store = makeStore()
    await store.persist.rehydrate()
    await commit(store, 'bj.list', () => ({ items: ['a'] }))
    expect(wx.__calls.find((call) => call.api === 'setStorage')?.options).toMatchObject({ key: 'bj.list', encrypt: true })
  })

  it('says when a change is saved, and rolls it back in memory when storage is full', async () => {
    const store = makeStore()
    await store.persist.rehydrate()
    expect(await commit(store, 'bj.list', () => ({ items: ['saved'] }))).toEqual({ ok: true, value: undefined })
    const result = await commit(store, 'bj.list', () => ({ items: ['x'.repeat(5000)] }))
    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(store.getState().items).toEqual(['saved'])
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['saved'] }, version: 2 })
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'write-failed', reason: 'quota' })])
  })

  it('refuses a value over the per-key limit (1 MB on WeChat) the same way', async () => {
    useFakeWx({ perKeyLimit: 1024 * 1024, totalLimit: 10 * 1024 * 1024 })
    const store = makeStore()
    await store.persist.rehydrate()
    expect(await commit(store, 'bj.list', () => ({ items: ['y'.repeat(1024 * 1024)] }))).toMatchObject({ ok: false, reason: 'quota' })
    expect(store.getState().items).toEqual([])
  })

  it('writes again after the key was removed between two writes', async () => {
    const store = makeStore()
    await store.persist.rehydrate()
    await commit(store, 'bj.list', () => ({ items: ['one'] }))
    wx.removeStorageSync('bj.list')
    expect(await commit(store, 'bj.list', (state) => ({ items: [...state.items, 'two'] }))).toMatchObject({ ok: true })
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['one', 'two'] }, version: 2 })
  })

  it('refuses a change made before the saved value has loaded, instead of writing over it', async () => {
    wx.setStorageSync('bj.list', { state: { items: ['saved earlier'] }, version: 2 })
    const store = create<State>()(
      persist(() => ({ items: [] as string[] }), {
        name: 'bj.list',
        version: 2,
        storage: createPersistedStorage(SPEC),
        skipHydration: true,
      }),
    )
    expect(await commit(store, 'bj.list', () => ({ items: ['too early'] }))).toMatchObject({ ok: false })
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['saved earlier'] }, version: 2 })
    await store.persist.rehydrate()
    expect(store.getState().items).toEqual(['saved earlier'])
  })

  it('clears the write problem once a later write succeeds', async () => {
    const store = makeStore()
    await store.persist.rehydrate()
    wx.__failNextWrite('setStorage:fail exceed storage max size 10Mb')
    await commit(store, 'bj.list', () => ({ items: ['a'] }))
    expect(problems).toHaveLength(1)
    await commit(store, 'bj.list', () => ({ items: ['a'] }))
    expect(problems).toEqual([])
  })
})

// Issue 23: several changes to one key, and writes that fail or answer late (W1A, W1B). Two tabs (B1, B3): other-tabs.h5.test.ts.
describe('several changes to one key', () => {
  const listStore = () =>
    create<State>()(persist(() => ({ items: [] as string[] }), { name: 'bj.list', version: 2, storage: createPersistedStorage(SPEC) }))
  const twoQuick = async (store: ReturnType<typeof listStore>) =>
    Promise.all([
      commit(store, 'bj.list', (state) => ({ items: [...state.items, 'first'] })),
      commit(store, 'bj.list', (state) => ({ items: [...state.items, 'second'] })),
    ])

  it('W1A: two quick changes whose writes both fail leave screen and storage both empty', async () => {
    const store = listStore()
    await store.persist.rehydrate()
    wx.__fault('setStorage', 'bj.list', { times: 2 })
    const results = await twoQuick(store)
    expect(results.map((result) => result.ok)).toEqual([false, false])
    expect(store.getState().items).toEqual([])
    expect(wx.getStorageSync('bj.list')).toBe('')
  })

  it('W1B: the first of two quick changes fails, the second is saved: screen and storage hold only the second', async () => {
    const store = listStore()
    await store.persist.rehydrate()
    wx.__delay(30)
    wx.__fault('setStorage', 'bj.list', { times: 1 })
    const results = await twoQuick(store)
    expect(results.map((result) => result.ok)).toEqual([false, true])
    expect(store.getState().items).toEqual(['second'])
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['second'] }, version: 2 })
    // The next change builds on what is stored, never on a state that dropped it.
    await commit(store, 'bj.list', (state) => ({ items: [...state.items, 'third'] }))
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['second', 'third'] }, version: 2 })
  })

  it('W1: slow writes that all succeed keep every change, in order', async () => {
    const store = listStore()
    await store.persist.rehydrate()
    wx.__delay(25)
    await twoQuick(store)
    expect(store.getState().items).toEqual(['first', 'second'])
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['first', 'second'] }, version: 2 })
  })
})

describe('B5: storage full while an older record is migrated', () => {
  it('shows the record read-only and says storage is full, not that it cannot be read', async () => {
    useFakeWx({ perKeyLimit: 2048, totalLimit: 80 })
    wx.__putRaw('bj.list', JSON.stringify({ state: { list: ['keep'] }, version: 1 }))
    expect((await load()).state).toEqual({ items: ['keep'] })
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'backup-failed', reason: 'quota' })])
    expect(writeBlockFor('bj.list')).toBe(FULL_BEFORE_UPGRADE_MESSAGE)
    expect(writeBlockFor('bj.list')).not.toContain('重新打开')
  })
})

describe('a write that never answers', () => {
  it('is treated as not saved after a while: the change is rolled back and later changes still go through', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] })
    const store = create<State>()(
      persist(() => ({ items: [] as string[] }), { name: 'bj.list', version: 2, storage: createPersistedStorage(SPEC) }),
    )
    await store.persist.rehydrate()
    wx.__fault('setStorage', 'bj.list', { times: 1, hang: true })
    const stuck = commit(store, 'bj.list', (state) => ({ items: [...state.items, 'lost in the post'] }))
    const next = commit(store, 'bj.list', (state) => ({ items: [...state.items, 'next'] }))
    await jest.advanceTimersByTimeAsync(8000)
    expect(await stuck).toMatchObject({ ok: false })
    expect(await next).toMatchObject({ ok: true })
    expect(store.getState().items).toEqual(['next'])
    expect(wx.getStorageSync('bj.list')).toEqual({ state: { items: ['next'] }, version: 2 })
    jest.useRealTimers()
  })
})
