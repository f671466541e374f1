// Copies set aside are listed in settings, and put back once today's app can read them, without
// overwriting anything saved since.
import { loadStoredRecord } from '@/platform/persisted-storage'
import { listKeptCopies, restoreKeptCopy } from '@/features/settings/kept-copies'
import { SPECS } from './specs'

const RECORD_SPECS = Object.values(SPECS)
import { REMINDERS_RECORD } from '@/features/reminders/record'
import { CALL_LOG_RECORD } from '@/features/calls/record'

const T0 = Date.UTC(2026, 10, 22, 6)
const put = (key: string, value: unknown) => localStorage.setItem(key, JSON.stringify({ data: value }))
const get = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data
const reminder = (id: string) => ({ id, target: 'bank', title: '回电', dueAt: T0, repeat: 'none', anchorDay: 22, note: '', createdAt: T0, updatedAt: T0 })

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
    expect(copy).toEqual({ key: 'bj.aside.bj.reminders.1000', originalKey: 'bj.reminders', kind: 'aside', records: 2, restorable: 1 })
    expect(await restoreKeptCopy(copy, RECORD_SPECS)).toEqual({ ok: true, value: undefined })
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
