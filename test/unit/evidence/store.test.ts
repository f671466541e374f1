import Taro from '@tarojs/taro'
import { dismissStorageProblems, storageProblems, type StorageProblem } from '@/persistence/persisted-storage'
import { loadAllNotes, loadEvidence, loadNotes, resetEvidence, unreadableNoteCount, useEvidence } from '@/features/evidence/store'
import { deleteNote, forgetQueuedChanges, saveNote } from '@/features/evidence/note-writes'
import { INDEX_KEY, encodeIndex, encodeNote, noteKey } from '@/features/evidence/record'
import { createFakeWx, promisified, type FakeWx } from '../../support/fake-wx'
import { MINUTE, T0, note } from './fixtures'

// The weapp code path, against storage with WeChat's semantics.
jest.mock('@/platform/files', () => ({ removePhoto: jest.fn() }))

let wx: FakeWx
let problems: StorageProblem[]
let unsubscribe: () => void

function useFakeStorage(limits?: { perKeyLimit?: number; totalLimit?: number }) {
  wx = createFakeWx(limits)
  for (const api of ['getStorage', 'setStorage', 'removeStorage'] as const) {
    jest.spyOn(Taro, api).mockImplementation(promisified(wx, api) as never)
  }
  jest
    .spyOn(Taro, 'getStorageInfoSync')
    .mockImplementation(() => (wx as unknown as { getStorageInfoSync: () => never }).getStorageInfoSync())
}

/** Everything in storage, to compare before and after a failure. */
const snapshot = () => new Map(wx.__store)

beforeEach(() => {
  useFakeStorage()
  resetEvidence()
  forgetQueuedChanges()
  dismissStorageProblems()
  unsubscribe = storageProblems.subscribe((state) => {
    problems = state.problems
  })
  problems = storageProblems.getState().problems
})
afterEach(() => {
  unsubscribe()
  jest.restoreAllMocks()
})

describe('saving notes', () => {
  it('writes the note to its own key and the id to the index, nothing else', async () => {
    await loadEvidence()
    wx.__calls.length = 0
    expect(await saveNote(note({ id: 'n1', amountFen: 100 }))).toEqual({ ok: true, value: undefined })
    expect(wx.__calls.filter((call) => call.api === 'setStorage').map((call) => call.options.key)).toEqual([noteKey('n1'), INDEX_KEY])
    expect(wx.getStorageSync(INDEX_KEY)).toEqual(encodeIndex([['n1', T0, 'transfer']]))
  })

  it('changes nothing when the quota is exceeded on the note write', async () => {
    await saveNote(note({ id: 'n1' }))
    const before = snapshot()
    wx.__failNextWrite('setStorage:fail exceed storage max size 10Mb')
    const result = await saveNote(note({ id: 'n2' }))
    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(snapshot()).toEqual(before)
    expect(useEvidence.getState().entries.map(([id]) => id)).toEqual(['n1'])
  })

  it('undoes the note write when the index write fails, for a new note and for an edit', async () => {
    const original = note({ id: 'n1', text: '原文' })
    await saveNote(original)
    const before = snapshot()
    // Let the note write through, then fail the index.
    const fake = wx as unknown as Record<string, (options: Record<string, unknown>) => void>
    const setStorage = fake.setStorage
    fake.setStorage = (options) => {
      if (options.key !== INDEX_KEY) return setStorage(options)
      const fail = options.fail as (res: unknown) => void
      fail({ errMsg: 'setStorage:fail exceed storage max size 10Mb' })
    }
    expect(await saveNote(note({ id: 'n2' }))).toMatchObject({ ok: false, reason: 'quota' })
    expect(snapshot()).toEqual(before)
    expect(await saveNote({ ...original, occurredAt: T0 + MINUTE, text: '改了时间' })).toMatchObject({ ok: false, reason: 'quota' })
    expect(snapshot()).toEqual(before)
  })

  it('keeps a note over the per-key limit out, with a quota error', async () => {
    useFakeStorage({ perKeyLimit: 4096 })
    expect(await saveNote(note({ id: 'big', text: '字'.repeat(5000) }))).toMatchObject({ ok: false, reason: 'quota' })
    expect(wx.__store.size).toBe(0)
  })
})

describe('loading notes', () => {
  it("treats WeChat's '' for a missing index as an empty case file", async () => {
    expect(wx.getStorageSync(INDEX_KEY)).toBe('')
    await loadEvidence()
    expect(useEvidence.getState()).toMatchObject({ status: 'ready', entries: [] })
    expect(problems).toEqual([])
  })

  it('sets a corrupt note aside, reports it, and still loads the rest', async () => {
    wx.setStorageSync(
      INDEX_KEY,
      encodeIndex([
        ['bad', T0 + MINUTE, 'chat'],
        ['good', T0, 'transfer'],
      ]),
    )
    wx.setStorageSync(noteKey('good'), encodeNote(note({ id: 'good', amountFen: 500 })))
    wx.__putRaw(noteKey('bad'), '{"state":')
    const notes = await loadAllNotes()
    expect(notes.map((loaded) => loaded.id)).toEqual(['good'])
    expect(problems).toEqual([expect.objectContaining({ key: noteKey('bad'), kind: 'corrupt' })])
    expect(problems[0].asideKey).toMatch(/^bj\.aside\.bj\.evidence\.note\.bad\.\d+$/)
    expect(wx.__store.get(problems[0].asideKey as string)).toBe(JSON.stringify('{"state":'))
    expect(wx.getStorageSync(noteKey('bad'))).toBe('')
    expect(wx.getStorageSync(noteKey('good'))).toEqual(encodeNote(note({ id: 'good', amountFen: 500 })))
  })

  it('keeps a note from a newer version where it is, and refuses to overwrite it', async () => {
    const future = { version: 9, state: { id: 'f', anything: true } }
    wx.setStorageSync(INDEX_KEY, encodeIndex([['f', T0, 'chat']]))
    wx.setStorageSync(noteKey('f'), future)
    await loadAllNotes()
    expect(problems[0]).toMatchObject({ key: noteKey('f'), kind: 'newer' })
    expect(wx.getStorageSync(noteKey('f'))).toEqual(future)
    expect(await saveNote(note({ id: 'f' }))).toMatchObject({ ok: false, reason: 'blocked' })
    expect(wx.getStorageSync(noteKey('f'))).toEqual(future)
  })

  it('migrates a version 1 note on read and rewrites it in the current format', async () => {
    wx.setStorageSync(INDEX_KEY, encodeIndex([['old', T0, 'transfer']]))
    wx.setStorageSync(noteKey('old'), {
      version: 1,
      state: { id: 'old', type: 'transfer', occurredAt: T0, text: 'v1', amount: 99.9, createdAt: T0 },
    })
    const [migrated] = await loadAllNotes()
    expect(migrated).toMatchObject({ id: 'old', amountFen: 9990, party: {}, photos: [] })
    expect(wx.getStorageSync(noteKey('old'))).toEqual(encodeNote(migrated))
    // The backup taken before the rewrite is removed once the new record has been read back.
    expect([...wx.__store.keys()].filter((key) => key.startsWith('bj.backup.'))).toEqual([])
    expect(wx.__calls.filter((call) => call.api === 'setStorage').map((call) => (call.options as { key: string }).key)).toEqual([
      'bj.backup.bj.evidence.note.old.v1',
      noteKey('old'),
    ])
  })

  it('recovers a note whose index entry was lost, and a corrupt index, without losing notes', async () => {
    wx.__putRaw(INDEX_KEY, 'garbage')
    wx.setStorageSync(noteKey('a'), encodeNote(note({ id: 'a', occurredAt: T0 })))
    wx.setStorageSync(noteKey('b'), encodeNote(note({ id: 'b', occurredAt: T0 + MINUTE })))
    await loadEvidence()
    expect(useEvidence.getState().entries.map(([id]) => id)).toEqual(['b', 'a'])
    expect(problems).toEqual([expect.objectContaining({ key: INDEX_KEY, kind: 'corrupt' })])
    expect(wx.getStorageSync(INDEX_KEY)).toEqual(
      encodeIndex([
        ['b', T0 + MINUTE, 'transfer'],
        ['a', T0, 'transfer'],
      ]),
    )
  })

  it('drops an index entry whose note is gone', async () => {
    wx.setStorageSync(INDEX_KEY, encodeIndex([['ghost', T0, 'chat']]))
    await loadEvidence()
    await loadNotes(['ghost'])
    expect(useEvidence.getState().entries).toEqual([])
  })
})

describe('deleting notes', () => {
  it('removes the note key and its index entry', async () => {
    await saveNote(note({ id: 'a' }))
    await saveNote(note({ id: 'b', occurredAt: T0 + MINUTE }))
    expect(await deleteNote('a')).toEqual({ ok: true, value: undefined })
    expect(wx.getStorageSync(noteKey('a'))).toBe('')
    expect(wx.getStorageSync(INDEX_KEY)).toEqual(encodeIndex([['b', T0 + MINUTE, 'transfer']]))
  })

  it('removes the note first: an index that cannot be written then only points at nothing, dropped at the next load', async () => {
    await saveNote(note({ id: 'a' }))
    wx.__failNextWrite('setStorage:fail exceed storage max size 10Mb')
    expect(await deleteNote('a')).toEqual({ ok: true, value: undefined })
    expect(wx.getStorageSync(noteKey('a'))).toBe('')
    resetEvidence()
    expect(await loadAllNotes()).toEqual([])
  })
})

// Issue 23: reads that fail, removals that fail, restored duplicates and drafts left behind.
describe('nothing lost, nothing left behind', () => {
  it('W5: a note whose read fails once stays indexed and is counted as unreadable, never dropped', async () => {
    await saveNote(note({ id: 'big', amountFen: 5_000_000 }))
    await saveNote(note({ id: 'small', amountFen: 100_000, occurredAt: T0 + MINUTE }))
    const index = wx.getStorageSync(INDEX_KEY)
    resetEvidence()
    wx.__fault('getStorage', noteKey('big'), { times: 1 })
    const notes = await loadAllNotes()
    expect(notes.map((loaded) => loaded.id)).toEqual(['small'])
    expect(unreadableNoteCount()).toBe(1)
    expect(wx.getStorageSync(INDEX_KEY)).toEqual(index)
    expect(useEvidence.getState().entries.map(([id]) => id)).toEqual(['small', 'big'])
  })

  it('D2: an id listed twice in the index (a restored copy) counts once', async () => {
    wx.setStorageSync(noteKey('n1'), encodeNote(note({ id: 'n1', amountFen: 5_000_000 })))
    wx.setStorageSync(
      INDEX_KEY,
      encodeIndex([
        ['n1', T0, 'transfer'],
        ['n1', T0, 'transfer'],
      ]),
    )
    expect(await loadAllNotes()).toHaveLength(1)
    expect(useEvidence.getState().entries).toEqual([['n1', T0, 'transfer']])
  })

  it('W2: a note whose removal fails is not reported deleted, and its index entry stays', async () => {
    await saveNote(note({ id: 'a' }))
    const before = snapshot()
    wx.__fault('removeStorage', noteKey('a'), { times: 1 })
    expect(await deleteNote('a')).toMatchObject({ ok: false })
    expect(snapshot()).toEqual(before)
    expect(useEvidence.getState().entries.map(([id]) => id)).toEqual(['a'])
  })

  it('W2: the app ending after the note was removed but before the index was written does not bring it back', async () => {
    await saveNote(note({ id: 'a' }))
    wx.__fault('setStorage', INDEX_KEY, { times: 1, hang: true })
    void deleteNote('a')
    await new Promise((resolve) => setTimeout(resolve, 20))
    resetEvidence()
    expect(await loadAllNotes()).toEqual([])
    expect(wx.getStorageSync(INDEX_KEY)).toEqual(encodeIndex([]))
  })

  it('A2, E1: deleting a note removes its draft, with the account and phone in it', async () => {
    await saveNote(note({ id: 'n1' }))
    wx.setStorageSync('bj.draft.evidence.n1', { id: 'n1', partyAccount: '6222000012345678', partyPhone: '13800138000' })
    expect(await deleteNote('n1')).toEqual({ ok: true, value: undefined })
    expect([...wx.__store.keys()].filter((key) => key.startsWith('bj.draft.'))).toEqual([])
  })

  it('W8: a note recovered after the app ended between its two writes takes its draft with it', async () => {
    wx.setStorageSync('bj.draft.evidence.new', { id: 'n9', text: '对方说航班取消', amount: '50000' })
    wx.setStorageSync(noteKey('n9'), encodeNote(note({ id: 'n9', amountFen: 5_000_000 })))
    await loadEvidence()
    expect(useEvidence.getState().entries.map(([id]) => id)).toEqual(['n9'])
    expect(wx.getStorageSync('bj.draft.evidence.new')).toBe('')
  })

  it('W8: saving the same draft again updates the note instead of adding a second one', async () => {
    await saveNote(note({ id: 'n9', amountFen: 5_000_000 }))
    await saveNote(note({ id: 'n9', amountFen: 5_000_000, text: '再保存一次' }))
    expect(useEvidence.getState().entries).toHaveLength(1)
  })
})

describe('two saves at once, with storage answering late', () => {
  it('keeps both notes in the index', async () => {
    await loadEvidence()
    wx.__delay(20)
    await Promise.all([saveNote(note({ id: 'a' })), saveNote(note({ id: 'b', occurredAt: T0 + MINUTE }))])
    wx.__delay(0)
    expect(wx.getStorageSync(INDEX_KEY)).toEqual(
      encodeIndex([
        ['b', T0 + MINUTE, 'transfer'],
        ['a', T0, 'transfer'],
      ]),
    )
  })
})
