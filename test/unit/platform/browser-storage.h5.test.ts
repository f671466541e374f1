import * as v from 'valibot'
import type { RecordSpec } from '@/lib/stored-record'
import { createPersistedStorage, dismissStorageProblems, storageProblems, type StorageProblem } from '@/persistence/persisted-storage'
import { storageUsage } from '@/platform/storage'

const spec = (key: string): RecordSpec<object> => ({ key, version: 1, schema: v.object({}), migrate: {} })

// The H5 build: Taro keeps each value as {"data": …} in localStorage.
let problems: StorageProblem[] = []
beforeEach(() => {
  localStorage.clear()
  dismissStorageProblems()
  storageProblems.subscribe((state) => {
    problems = state.problems
  })
  problems = storageProblems.getState().problems
})

describe('persisted storage in the browser', () => {
  it('sets aside a record that is not even JSON, instead of treating it as missing', async () => {
    localStorage.setItem('bj.calls', 'garbage{')
    localStorage.setItem('bj.emergency', JSON.stringify({ data: { state: { sessions: {} }, version: 1 } }))
    expect(await createPersistedStorage(spec('bj.calls')).getItem('bj.calls')).toBeNull()
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.calls', kind: 'corrupt' })])
    expect(JSON.parse(localStorage.getItem(problems[0].asideKey as string) as string).data).toBe('garbage{')
    expect(localStorage.getItem('bj.calls')).toBeNull()
    expect(await createPersistedStorage(spec('bj.emergency')).getItem('bj.emergency')).toEqual({ state: {}, version: 1 })
  })

  it('reports a missing key as nothing saved', async () => {
    expect(await createPersistedStorage(spec('bj.none')).getItem('bj.none')).toBeNull()
    expect(problems).toEqual([])
  })

  it('measures what the browser holds and what it really allows, and leaves no probe behind', () => {
    localStorage.setItem('bj.calls', JSON.stringify({ data: 'x'.repeat(2000) }))
    const usage = storageUsage()
    expect(usage.ok && usage.value.usedKb).toBeGreaterThanOrEqual(4)
    // jsdom allows 5,000,000 code units per origin: 9,765 KB at two bytes each, measured to within 8 KB.
    const limitKb = usage.ok ? usage.value.limitKb : 0
    expect(Math.abs(limitKb - 9765)).toBeLessThanOrEqual(8)
    expect(Object.keys(localStorage)).toEqual(['bj.calls'])
  })
})
