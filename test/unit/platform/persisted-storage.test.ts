import Taro from '@tarojs/taro'
import { createPersistedStorage, dismissStorageProblems, subscribeStorageProblems, type StorageProblem } from '@/platform/persisted-storage'
import { createFakeWx, promisified } from '../../support/fake-wx'

// These tests hold the weapp code path to WeChat's storage semantics.
jest.mock('@/platform/env', () => ({ isWeapp: true, isH5: false }))

type State = { items: string[] }

let wx: ReturnType<typeof createFakeWx>
let problems: StorageProblem[]
let unsubscribe: () => void

beforeEach(() => {
  wx = createFakeWx({ perKeyLimit: 2048, totalLimit: 4096 })
  for (const api of ['getStorage', 'setStorage', 'removeStorage', 'getStorageInfo'] as const) {
    jest.spyOn(Taro, api).mockImplementation(promisified(wx, api) as never)
  }
  dismissStorageProblems()
  unsubscribe = subscribeStorageProblems((next) => {
    problems = next
  })
})

afterEach(() => {
  unsubscribe()
  jest.restoreAllMocks()
})

const storage = () => createPersistedStorage<State>(1)

describe('persisted storage over WeChat storage', () => {
  it("treats WeChat's missing key as nothing saved yet", async () => {
    expect(wx.getStorageSync('bj.missing')).toBe('')
    expect(await storage().getItem('bj.missing')).toBeNull()
    expect(problems).toEqual([])
  })

  it('writes case data encrypted on weapp', async () => {
    await storage().setItem('bj.list', { state: { items: [] }, version: 1 })
    expect(wx.__calls.find((call) => call.api === 'setStorage')?.options).toMatchObject({ key: 'bj.list', encrypt: true })
  })

  it('round-trips a record', async () => {
    await storage().setItem('bj.list', { state: { items: ['a'] }, version: 1 })
    expect(await storage().getItem('bj.list')).toEqual({ state: { items: ['a'] }, version: 1 })
  })

  it('sets a corrupt record aside, reports it, and leaves other keys alone', async () => {
    wx.setStorageSync('bj.other', { state: { items: ['keep me'] }, version: 1 })
    wx.__putRaw('bj.list', '{"state": [broken')
    expect(await storage().getItem('bj.list')).toBeNull()
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'corrupt' })])
    const asideKey = problems[0].setAsideKey as string
    expect(asideKey).toMatch(/^bj\.list\.set-aside\./)
    expect(wx.getStorageSync(asideKey)).toBe('{"state": [broken')
    expect(await storage().getItem('bj.other')).toEqual({ state: { items: ['keep me'] }, version: 1 })
  })

  it('sets aside a record written by a newer version instead of overwriting it', async () => {
    wx.setStorageSync('bj.list', { state: { items: ['from the future'] }, version: 7 })
    expect(await storage().getItem('bj.list')).toBeNull()
    expect(problems[0]).toMatchObject({ key: 'bj.list', kind: 'unknown-version' })
    expect(wx.getStorageSync(problems[0].setAsideKey as string)).toEqual({ state: { items: ['from the future'] }, version: 7 })
  })

  it('reports a write over the quota and keeps what was saved before', async () => {
    await storage().setItem('bj.list', { state: { items: ['saved'] }, version: 1 })
    await storage().setItem('bj.list', { state: { items: ['x'.repeat(5000)] }, version: 1 })
    expect(problems).toEqual([expect.objectContaining({ key: 'bj.list', kind: 'write-failed', reason: 'quota' })])
    expect(await storage().getItem('bj.list')).toEqual({ state: { items: ['saved'] }, version: 1 })
  })

  it('clears the write problem once a later write succeeds', async () => {
    wx.__failNextWrite('setStorage:fail exceed storage max size 10Mb')
    await storage().setItem('bj.list', { state: { items: ['a'] }, version: 1 })
    expect(problems).toHaveLength(1)
    await storage().setItem('bj.list', { state: { items: ['a'] }, version: 1 })
    expect(problems).toEqual([])
  })
})
