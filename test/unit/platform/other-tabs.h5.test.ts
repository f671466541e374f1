// B1, B3 on H5: a store follows what another tab saves, and empties when that tab deletes all.
import * as v from 'valibot'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RecordSpec } from '@/lib/stored-record'
import { commit, createPersistedStorage, followOtherWriters, forgetLoadedKeys } from '@/persistence/persisted-storage'

type State = { items: string[] }
const SPEC: RecordSpec<State> = { key: 'bj.tabs', version: 1, schema: v.object({ items: v.array(v.string()) }), migrate: {} }
const put = (value: unknown) => localStorage.setItem('bj.tabs', JSON.stringify({ data: value }))
const stored = () => JSON.parse(localStorage.getItem('bj.tabs') ?? 'null')?.data
/** What the browser does in this tab when another tab changes a key. */
const otherTabChanged = () => window.dispatchEvent(new StorageEvent('storage', { key: 'bj.tabs' }))
const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

let store: ReturnType<typeof makeStore>
function makeStore() {
  return create<State>()(persist(() => ({ items: [] as string[] }), { name: 'bj.tabs', version: 1, storage: createPersistedStorage(SPEC) }))
}
let stop: () => void
beforeEach(async () => {
  localStorage.clear()
  forgetLoadedKeys()
  put({ state: { items: ['mine'] }, version: 1 })
  store = makeStore()
  await store.persist.rehydrate()
  stop = followOtherWriters(store, 'bj.tabs')
})
afterEach(() => stop())

it('shows what another tab saved, and builds its next change on it', async () => {
  put({ state: { items: ['mine', 'from the other tab'] }, version: 1 })
  otherTabChanged()
  await settle()
  expect(store.getState().items).toEqual(['mine', 'from the other tab'])
})

it('empties when another tab deleted everything, and never writes the deleted data back', async () => {
  localStorage.removeItem('bj.tabs')
  otherTabChanged()
  await settle()
  expect(store.getState().items).toEqual([])
  expect(localStorage.getItem('bj.tabs')).toBeNull()
  await commit(store, 'bj.tabs', (state) => ({ items: [...state.items, 'new'] }))
  expect(stored()).toEqual({ state: { items: ['new'] }, version: 1 })
})
