// The fault matrix's column for several writers on one key, in the browser: two tabs, each with
// its own copy of a store (issue 23, B1 and B3). WeChat runs one copy of the app: see fault-matrix.test.ts.
import fs from 'fs'
import path from 'path'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { commit, createPersistedStorage, forgetLoadedKeys } from '@/persistence/persisted-storage'
import { SPECS } from './specs'

const DIR = path.resolve(__dirname, '../../fixtures/storage')
const current = (key: string) => JSON.parse(fs.readFileSync(path.join(DIR, `${key}.v${SPECS[key].version}.json`), 'utf8')).stored
const storeFor = (key: string) =>
  create<Record<string, unknown>>()(
    persist(() => ({}), { name: key, version: SPECS[key].version, storage: createPersistedStorage(SPECS[key]) }),
  )
const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data

describe.each(Object.keys(SPECS).filter((key) => !key.startsWith('bj.evidence.')))('%s, two tabs writing one key', (key) => {
  beforeEach(() => {
    localStorage.clear()
    forgetLoadedKeys()
  })

  it('the second tab’s change builds on what the first saved, never on its own older copy', async () => {
    const [tabA, tabB] = [storeFor(key), storeFor(key)]
    await tabA.persist.rehydrate()
    await tabB.persist.rehydrate()
    const saved = current(key).state
    await commit(tabA, key, () => saved)
    await commit(tabB, key, (state) => ({ ...state }))
    expect(stored(key)).toEqual({ state: saved, version: SPECS[key].version })
    expect(tabB.getState()).toMatchObject(saved)
  })
})
