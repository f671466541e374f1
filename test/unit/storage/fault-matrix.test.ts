// Every stored key, against every way its stored value can be wrong. The outcome is always one of:
// loaded (with bad entries set aside), read-only (newer), or set aside whole (corrupt). Never a throw,
// never a silent empty. Issue 23's columns follow: several writers on one key, removal failures,
// restore into keyed maps and lists, and limits checked at input against the schema.
import fs from 'fs'
import path from 'path'
import fc from 'fast-check'
import Taro from '@tarojs/taro'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { countEntries, loadRecord, type RecordLoad } from '@/lib/stored-record'
import { commit, createPersistedStorage, forgetLoadedKeys } from '@/persistence/persisted-storage'
import { removeKeys, retryPendingRemovals } from '@/platform/storage'
import { listKeptCopies, restoreKeptCopy } from '@/features/settings/kept-copies'
import { OUTCOME_NOTE_MAX, REFERENCE_MAX } from '@/features/calls/record'
import { RELATION_MAX } from '@/features/family/record'
import { createFakeWx, promisified, type FakeWx } from '../../support/fake-wx'
import { SPECS } from './specs'

const DIR = path.resolve(__dirname, '../../fixtures/storage')
/** Today's fixture for a key: a real, fully readable stored value. */
function current(key: string): { state: Record<string, unknown>; version: number } {
  const spec = SPECS[key]
  return JSON.parse(fs.readFileSync(path.join(DIR, `${key}.v${spec.version}.json`), 'utf8')).stored
}

const keys = Object.keys(SPECS)

/** Every field of today's state set to each wrong kind of value in turn. */
function wrongShapes(key: string): [string, unknown][] {
  const good = current(key)
  const cases: [string, unknown][] = []
  for (const field of Object.keys(good.state)) {
    for (const [label, bad] of [
      ['null', null],
      ['a string', 'oops'],
      ['a number', 7],
      ['an object', { nested: true }],
    ] as const) {
      cases.push([`${field} as ${label}`, { ...good, state: { ...good.state, [field]: bad } }])
    }
  }
  return cases
}

const outcome = (loaded: RecordLoad<unknown>) => loaded.kind

describe.each(keys)('%s', (key) => {
  const spec = SPECS[key]

  it('loads today’s value unchanged', () => {
    expect(loadRecord(spec, current(key))).toMatchObject({ kind: 'ok', fromVersion: spec.version, quarantined: [] })
  })

  it('keeps a newer version read-only, never migrating or dropping it', () => {
    const newer = { ...current(key), version: spec.version + 1 }
    const loaded = loadRecord(spec, newer)
    expect(loaded.kind).toBe('newer')
    // Still shown when today's schema can read it.
    expect(loaded.kind === 'newer' && loaded.state).toBeTruthy()
  })

  it.each([
    ['a version that is not a number', (value: { state: unknown }) => ({ ...value, version: '1' })],
    ['a negative version', (value: { state: unknown }) => ({ ...value, version: -1 })],
    ['no state', () => ({ version: 1 })],
    ['not JSON', () => '{"state": [broken'],
    ['an empty string', () => ''],
    ['a bare array', () => []],
  ])('calls %s corrupt, to be set aside whole', (_label, damage) => {
    expect(outcome(loadRecord(spec, damage(current(key))))).toBe('corrupt')
  })

  it('never loads a wrong-shaped field as if it were empty', () => {
    const listFields = (spec.lists ?? []).map((list) => list.field)
    for (const [label, value] of wrongShapes(key)) {
      const damaged = (value as { state: Record<string, unknown> }).state
      const loaded = loadRecord(spec, value)
      const field = label.split(' as ')[0]
      const notACollection = listFields.includes(field) && (damaged[field] === null || typeof damaged[field] !== 'object')
      // A list that is not a list is set aside whole; otherwise every entry is either loaded or set aside.
      const acceptable = notACollection
        ? loaded.kind === 'corrupt'
        : loaded.kind === 'corrupt' ||
          (loaded.kind === 'ok' &&
            countEntries(spec, loaded.state) + loaded.quarantined.reduce((sum, entry) => sum + entry.entries.length, 0) >=
              countEntries(spec, damaged))
      expect({ label, acceptable }).toEqual({ label, acceptable: true })
    }
  })

  if (spec.lists?.length) {
    it('sets aside a null entry in a list alone, and keeps the rest', () => {
      const good = current(key)
      const { field } = spec.lists?.[0] as { field: string }
      const collection = good.state[field]
      const damaged = Array.isArray(collection) ? [...collection, null] : { ...(collection as object), broken: null }
      const loaded = loadRecord(spec, { ...good, state: { ...good.state, [field]: damaged } })
      expect(loaded).toMatchObject({ kind: 'ok', quarantined: [{ field, entries: [Array.isArray(collection) ? null : ['broken', null]] }] })
      expect(loaded.kind === 'ok' && countEntries(spec, loaded.state)).toBe(countEntries(spec, good.state))
    })
  }

  it('never throws, and never returns fewer user records than it was given (fast-check)', () => {
    const good = current(key)
    const field = spec.lists?.[0]?.field
    fc.assert(
      fc.property(
        fc.array(fc.anything(), { maxLength: 8 }),
        fc.constantFrom(-1, spec.version, spec.version + 1, spec.version + 2),
        (junk, version) => {
          const collection = field ? good.state[field] : undefined
          const state = field
            ? {
                ...good.state,
                [field]: Array.isArray(collection)
                  ? [...collection, ...junk]
                  : { ...(collection as object), ...Object.fromEntries(junk.map((item, index) => [`j${index}`, item])) },
              }
            : { ...good.state, extra: junk }
          const given = countEntries(spec, state)
          const loaded = loadRecord(spec, { state, version })
          if (loaded.kind !== 'ok') return true // kept whole: set aside (corrupt) or left in place (newer)
          const kept = countEntries(spec, loaded.state) + loaded.quarantined.reduce((sum, entry) => sum + entry.entries.length, 0)
          return kept >= given
        },
      ),
    )
  })
})

// ---- Columns added by issue 23: what happens to each key beyond its stored value ----
// (Draft timing and prefill against a stored draft are columns of the drafts, in
// test/components/fault-matrix-drafts.test.tsx; they need the editor on screen. Two browser tabs
// writing one key are in fault-matrix-tabs.h5.test.ts: WeChat runs one copy of the app.)

/** Every valibot schema node under `schema`, to look for checks such as a length limit. */
function schemaNodes(schema: unknown, seen = new Set<unknown>()): { type?: string; kind?: string }[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return []
  seen.add(schema)
  const node = schema as Record<string, unknown>
  const children = [
    node.wrapped,
    node.item,
    ...(Array.isArray(node.pipe) ? node.pipe : []),
    ...(Array.isArray(node.items) ? node.items : []),
    ...(Array.isArray(node.options) ? node.options : []),
    ...Object.values((node.entries as object) ?? {}),
  ]
  return [node as { type?: string }, ...children.flatMap((child) => schemaNodes(child, seen))]
}

/** Stores written through `commit` (the evidence notes and index have their own two-key writes, tested in evidence/store). */
const COMMITTED = keys.filter((key) => !key.startsWith('bj.evidence.'))

let wx: FakeWx
function useFakeWx() {
  wx = createFakeWx()
  for (const api of ['getStorage', 'setStorage', 'removeStorage'] as const)
    jest.spyOn(Taro, api).mockImplementation(promisified(wx, api) as never)
  jest
    .spyOn(Taro, 'getStorageInfoSync')
    .mockImplementation(() => (wx as unknown as { getStorageInfoSync: () => never }).getStorageInfoSync())
}
const storeFor = (key: string) =>
  create<Record<string, unknown>>()(
    persist(() => ({}), { name: key, version: SPECS[key].version, storage: createPersistedStorage(SPECS[key]) }),
  )

describe.each(keys)('%s, limits checked at input against the schema', (key) => {
  it('has no length limit in its stored schema: a value longer than its field allows is kept and shown, never set aside', () => {
    expect(schemaNodes(SPECS[key].schema).filter((node) => node.type === 'max_length' || node.type === 'max_graphemes')).toEqual([])
  })
})

describe('limits checked at input against the schema: the fields with a stated limit', () => {
  it.each([
    [
      'bj.calls',
      (state: { calls: Record<string, unknown>[] }) => ({ calls: [{ ...state.calls[0], reference: 'A'.repeat(REFERENCE_MAX + 21) }] }),
    ],
    [
      'bj.calls',
      (state: { calls: Record<string, unknown>[] }) => ({ calls: [{ ...state.calls[0], note: '话'.repeat(OUTCOME_NOTE_MAX + 1) }] }),
    ],
    ['bj.family', () => ({ contact: { relation: '亲'.repeat(RELATION_MAX * 3), phone: '13800138000' } })],
  ])('%s: a stored value over the input limit loads in full', (key, overLong) => {
    const stored = current(key)
    const state = overLong(stored.state as never)
    expect(loadRecord(SPECS[key], { ...stored, state })).toMatchObject({ kind: 'ok', state })
  })
})

describe.each(COMMITTED)('%s, several writers on one key', (key) => {
  beforeEach(() => {
    useFakeWx()
    forgetLoadedKeys()
  })
  afterEach(() => jest.restoreAllMocks())

  it('two writers at once (two screens’ actions, writes answering late) both land, the second built on the first', async () => {
    const store = storeFor(key)
    await store.persist.rehydrate()
    wx.__delay(5)
    const saved = current(key).state
    await Promise.all([commit(store, key, () => saved), commit(store, key, (state) => ({ ...state }))])
    expect(wx.getStorageSync(key)).toEqual({ state: saved, version: SPECS[key].version })
    expect(store.getState()).toMatchObject(saved)
  })

  it('two quick changes, the first failing, end with screen and storage agreeing', async () => {
    const store = storeFor(key)
    await store.persist.rehydrate()
    wx.__delay(5)
    wx.__fault('setStorage', key, { times: 1 })
    const saved = current(key).state
    await Promise.all([commit(store, key, () => saved), commit(store, key, (state) => ({ ...state }))])
    expect(JSON.stringify((wx.getStorageSync(key) as { state?: unknown }).state ?? {})).toBe(JSON.stringify(store.getState()))
  })
})

describe.each(keys)('%s, removal failures', (key) => {
  beforeEach(useFakeWx)
  afterEach(() => jest.restoreAllMocks())

  it('a failed removal is reported, and done at the next start unless the key was written again', async () => {
    wx.setStorageSync(key, current(key))
    wx.__fault('removeStorage', key, { times: 1 })
    expect(await removeKeys([key])).toEqual([key])
    expect(await retryPendingRemovals()).toBe(1)
    expect(wx.getStorageSync(key)).toBe('')
  })
})

describe.each(keys.filter((key) => SPECS[key].lists?.length))('%s, restore into keyed maps and lists', (key) => {
  beforeEach(() => localStorage.clear())

  it('an entry set aside whose id is there now is never put over it or beside it', async () => {
    const stored = current(key)
    const { field } = SPECS[key].lists?.[0] as { field: string }
    const collection = stored.state[field]
    const keyed = !Array.isArray(collection)
    const first = keyed ? Object.entries(collection as object)[0] : (collection as unknown[])[0]
    localStorage.setItem(key, JSON.stringify({ data: stored }))
    localStorage.setItem(
      `bj.aside.${key}.1000`,
      JSON.stringify({ data: { setAsideFrom: key, entries: [{ field, keyed, entries: [first] }] } }),
    )
    const [copy] = await listKeptCopies(Object.values(SPECS))
    expect(copy).toMatchObject({ restorable: 0, conflicts: 1 })
    await restoreKeptCopy({ ...copy, restorable: 1 }, Object.values(SPECS))
    expect(JSON.parse(localStorage.getItem(key) ?? '{}').data.state).toEqual(
      loadRecord(SPECS[key], stored).kind === 'ok' ? (loadRecord(SPECS[key], stored) as { state: unknown }).state : undefined,
    )
  })
})
