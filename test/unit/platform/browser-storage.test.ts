import { createPersistedStorage, dismissStorageProblems, subscribeStorageProblems, type StorageProblem } from '@/platform/persisted-storage'
import { storageUsage } from '@/platform/storage'

// The H5 build: Taro keeps each value as {"data": …} in localStorage.
let problems: StorageProblem[] = []
beforeEach(() => {
  localStorage.clear()
  dismissStorageProblems()
  subscribeStorageProblems((next) => {
    problems = next
  })
})

describe('persisted storage in the browser', () => {
  it('sets aside a record that is not even JSON, instead of treating it as missing', async () => {
    localStorage.setItem('bj.calls', 'garbage{')
    localStorage.setItem('bj.emergency', JSON.stringify({ data: { state: { sessions: {} }, version: 1 } }))
    const storage = createPersistedStorage<object>(1)
    expect(await storage.getItem('bj.calls')).toBeNull()
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.calls', kind: 'corrupt' })])
    expect(JSON.parse(localStorage.getItem(problems[0].setAsideKey as string) as string).data).toBe('garbage{')
    expect(await storage.getItem('bj.emergency')).toEqual({ state: { sessions: {} }, version: 1 })
  })

  it('reports a missing key as nothing saved', async () => {
    expect(await createPersistedStorage<object>(1).getItem('bj.none')).toBeNull()
    expect(problems).toEqual([])
  })

  it('measures what the browser holds, since Taro reports no figure on H5', () => {
    localStorage.setItem('bj.calls', JSON.stringify({ data: 'x'.repeat(2000) }))
    const usage = storageUsage()
    expect(usage.ok && usage.value.usedKb).toBeGreaterThanOrEqual(4)
    expect(usage.ok && usage.value.limitKb).toBe(5120)
  })
})
