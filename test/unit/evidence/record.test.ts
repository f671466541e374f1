import {
  INDEX_RECORD,
  NOTE_RECORD,
  encodeIndex,
  encodeNote,
  entryFor,
  removeEntry,
  upsertEntry,
  type IndexEntry,
} from '@/features/evidence/record'
import { loadRecord } from '@/lib/stored-record'

const decodeNote = (raw: unknown) => loadRecord(NOTE_RECORD, raw)
const decodeIndex = (raw: unknown) => loadRecord(INDEX_RECORD, raw)
import { T0, note } from './fixtures'

describe('note records', () => {
  it('round-trips the current version', () => {
    const saved = note({ id: 'n1', amountFen: 100 })
    expect(decodeNote(encodeNote(saved))).toEqual({ kind: 'ok', state: saved, fromVersion: 2, quarantined: [] })
  })

  it('migrates a version 1 record (yuan amounts, flat party fields, bare photo paths)', () => {
    const v1 = {
      version: 1,
      state: {
        id: 'old1',
        type: 'transfer',
        occurredAt: T0,
        text: '旧格式',
        amount: 1200.5,
        partyName: '王',
        partyAccount: '6222000012345678',
        photos: ['wxfile://usr/evidence-photos/a.jpg'],
        createdAt: T0,
      },
    }
    expect(decodeNote(v1)).toEqual({
      kind: 'ok',
      fromVersion: 1,
      quarantined: [],
      state: {
        id: 'old1',
        type: 'transfer',
        occurredAt: T0,
        text: '旧格式',
        amountFen: 120050,
        party: { name: '王', account: '6222000012345678' },
        photos: [{ path: 'wxfile://usr/evidence-photos/a.jpg', addedAt: T0 }],
        createdAt: T0,
        updatedAt: T0,
      },
    })
  })

  it('refuses a record from a newer version', () => {
    expect(decodeNote({ version: 3, state: note({ id: 'x' }) })).toEqual({ kind: 'newer', version: 3, state: note({ id: 'x' }) })
  })

  it.each([['{oops'], [{ version: 2, state: { id: 'x' } }], [{ version: 2, state: { ...note({ id: 'x' }), type: 'letter' } }], ['']])(
    'calls %p corrupt',
    (raw) => {
      expect(decodeNote(raw).kind).toBe('corrupt')
    },
  )
})

describe('index', () => {
  const a: IndexEntry = ['a', T0, 'chat']
  const b: IndexEntry = ['b', T0 + 1000, 'transfer']

  it('keeps entries newest first and replaces an edited entry', () => {
    const entries = upsertEntry(upsertEntry([], a), b)
    expect(entries).toEqual([b, a])
    expect(upsertEntry(entries, ['a', T0 + 5000, 'sms'])).toEqual([['a', T0 + 5000, 'sms'], b])
    expect(removeEntry(entries, 'b')).toEqual([a])
  })

  it('round-trips and rejects damaged indexes', () => {
    expect(decodeIndex(encodeIndex([a, b]))).toEqual({ kind: 'ok', state: { entries: [a, b] }, fromVersion: 1, quarantined: [] })
    // One damaged entry is set aside alone; the notes themselves are found again by the loader.
    expect(decodeIndex({ version: 1, state: { entries: [['a', 'soon', 'chat'], b] } })).toMatchObject({
      kind: 'ok',
      state: { entries: [b] },
    })
    expect(decodeIndex({ version: 1, state: { entries: 'garbage' } }).kind).toBe('corrupt')
    expect(decodeIndex({ version: 2, state: { entries: [] } }).kind).toBe('newer')
  })

  it('indexes a note by id, time and type', () => {
    expect(entryFor(note({ id: 'z', type: 'sms', occurredAt: T0 }))).toEqual(['z', T0, 'sms'])
  })

  it('keeps the index small: 1,000 entries in under 64 KB', () => {
    const entries: IndexEntry[] = Array.from({ length: 1000 }, (_, i) => [`mhx${i.toString(36)}-ab12`, T0 + i * 1000, 'transfer'])
    expect(JSON.stringify(encodeIndex(entries)).length).toBeLessThan(64 * 1024)
  })
})
