// Copies set aside are listed in settings, and put back once today's app can read them, without
// overwriting anything saved since.
import { loadStoredRecord } from '@/persistence/persisted-storage'
import { listKeptCopies, restoreKeptCopy } from '@/features/settings/kept-copies'
import { SPECS } from './specs'

const RECORD_SPECS = Object.values(SPECS)
import { REMINDERS_RECORD } from '@/features/reminders/record'
import { CALL_LOG_RECORD } from '@/features/calls/record'

const T0 = Date.UTC(2026, 10, 22, 6)
const put = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify({ data: value }))
const get = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data
const reminder = (id: string) => ({
  id,
  target: 'bank',
  title: '回电',
  dueAt: T0,
  repeat: 'none',
  anchorDay: 22,
  note: '',
  createdAt: T0,
  updatedAt: T0,
})

beforeEach(() => localStorage.clear())

describe('kept copies', () => {
  it('lists entries set aside, and puts back those that now read, keeping the rest aside', async () => {
    put('bj.reminders', { version: 1, state: { reminders: [reminder('good'), { id: 'bad' }, reminder('later')], calendarAddedAt: {} } })
    await loadStoredRecord(REMINDERS_RECORD, REMINDERS_RECORD.key, 1000)
    // Pretend an update taught the app to read one of the two entries: put one readable entry in the copy.
    const aside = get('bj.aside.bj.reminders.1000')
    aside.entries[0].entries.push(reminder('fixed-by-update'))
    put('bj.aside.bj.reminders.1000', aside)

    const [copy] = await listKeptCopies(RECORD_SPECS)
    expect(copy).toEqual({
      key: 'bj.aside.bj.reminders.1000',
      originalKey: 'bj.reminders',
      kind: 'aside',
      records: 2,
      restorable: 1,
      conflicts: 0,
    })
    expect(await restoreKeptCopy(copy, RECORD_SPECS)).toEqual({ ok: true, value: { restored: 1, conflicts: 0 } })
    expect(get('bj.reminders').state.reminders.map((entry: { id: string }) => entry.id)).toEqual(['good', 'later', 'fixed-by-update'])
    expect(get('bj.aside.bj.reminders.1000').entries[0].entries).toEqual([{ id: 'bad' }])
  })

  it('puts a whole record back only where its key is empty, never over something saved since', async () => {
    put('bj.aside.bj.calls.1000', { version: 1, state: { calls: [] } })
    put('bj.calls', { version: 1, state: { calls: [{ id: 'c', at: T0, number: '110', label: '报警电话', outcome: 'dialled' }] } })
    expect((await listKeptCopies(RECORD_SPECS))[0]).toMatchObject({ records: 1, restorable: 0 })
    localStorage.removeItem('bj.calls')
    const [copy] = await listKeptCopies(RECORD_SPECS)
    expect(copy.restorable).toBe(1)
    await restoreKeptCopy(copy, RECORD_SPECS)
    expect(get(CALL_LOG_RECORD.key)).toEqual({ version: 2, state: { calls: [] } })
    expect(localStorage.getItem('bj.aside.bj.calls.1000')).toBeNull()
  })

  it('lists a backup taken before a migration, and an unreadable copy, as nothing to restore', async () => {
    put('bj.backup.bj.plan.v0', { version: 0, state: {} })
    put('bj.aside.bj.calls.2000', '{broken')
    const copies = await listKeptCopies(RECORD_SPECS)
    expect(copies.map((copy) => [copy.kind, copy.originalKey, copy.restorable])).toEqual([
      ['aside', 'bj.calls', 0],
      ['backup', 'bj.plan', 0],
    ])
  })
})

// Issue 23: restoring into keyed maps and lists by id (B4, D2).
describe('restoring by id', () => {
  it('B4: never puts a set-aside emergency session over the newer one; the copy stays aside and is counted', async () => {
    const { EMERGENCY_RECORD } = await import('@/features/emergency/record')
    const newer = { variant: 'scammed', startedAt: T0 + 60_000, done: { a: T0 + 1, b: T0 + 2, c: T0 + 3 }, moneyOutAt: T0 }
    const older = { variant: 'scammed', startedAt: T0, done: {} }
    put(EMERGENCY_RECORD.key, { version: EMERGENCY_RECORD.version, state: { sessions: { scammed: newer } } })
    put(`bj.aside.${EMERGENCY_RECORD.key}.1000`, {
      setAsideFrom: EMERGENCY_RECORD.key,
      entries: [{ field: 'sessions', keyed: true, entries: [['scammed', older]] }],
    })
    const [copy] = await listKeptCopies(RECORD_SPECS)
    expect(copy).toMatchObject({ restorable: 0, conflicts: 1 })
    expect(await restoreKeptCopy({ ...copy, restorable: 1 }, RECORD_SPECS)).toEqual({ ok: true, value: { restored: 0, conflicts: 1 } })
    expect(get(EMERGENCY_RECORD.key).state.sessions.scammed).toEqual(newer)
    expect(get(`bj.aside.${EMERGENCY_RECORD.key}.1000`).entries[0].entries).toEqual([['scammed', older]])
  })

  it('D2: never appends an index entry that is already there', async () => {
    const { INDEX_RECORD } = await import('@/features/evidence/record')
    put(INDEX_RECORD.key, { version: 1, state: { entries: [['n1', T0, 'transfer']] } })
    put(`bj.aside.${INDEX_RECORD.key}.1000`, {
      setAsideFrom: INDEX_RECORD.key,
      entries: [
        {
          field: 'entries',
          keyed: false,
          entries: [
            ['n1', T0, 'transfer'],
            ['n2', T0, 'chat'],
          ],
        },
      ],
    })
    const [copy] = await listKeptCopies(RECORD_SPECS)
    expect(copy).toMatchObject({ restorable: 1, conflicts: 1 })
    await restoreKeptCopy(copy, RECORD_SPECS)
    expect(get(INDEX_RECORD.key).state.entries).toEqual([
      ['n1', T0, 'transfer'],
      ['n2', T0, 'chat'],
    ])
  })
})

describe('B4: the user chooses the set-aside copy', () => {
  it('swaps it in, and sets the current one aside in its stead, so nothing is lost either way', async () => {
    const { EMERGENCY_RECORD } = await import('@/features/emergency/record')
    const newer = { variant: 'scammed', startedAt: T0 + 60_000, done: { a: T0 + 1 } }
    const older = { variant: 'scammed', startedAt: T0, done: { b: T0 + 2 } }
    put(EMERGENCY_RECORD.key, { version: EMERGENCY_RECORD.version, state: { sessions: { scammed: newer } } })
    put(`bj.aside.${EMERGENCY_RECORD.key}.1000`, {
      setAsideFrom: EMERGENCY_RECORD.key,
      entries: [{ field: 'sessions', keyed: true, entries: [['scammed', older]] }],
    })
    const [copy] = await listKeptCopies(RECORD_SPECS)
    expect(await restoreKeptCopy(copy, RECORD_SPECS, true)).toEqual({ ok: true, value: { restored: 1, conflicts: 0 } })
    expect(get(EMERGENCY_RECORD.key).state.sessions.scammed).toEqual(older)
    expect(get(`bj.aside.${EMERGENCY_RECORD.key}.1000`).entries[0].entries).toEqual([['scammed', newer]])
  })
})
