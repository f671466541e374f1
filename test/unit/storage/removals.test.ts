// Issue 23, W9: 「删除全部数据」 with a removal that fails says so, and finishes at the next start
// without touching anything written since.
import Taro from '@tarojs/taro'
import { removeKeys, retryPendingRemovals } from '@/platform/storage'
import { deleteAllData } from '@/features/settings/data-actions'
import { createFakeWx, promisified, type FakeWx } from '../../support/fake-wx'

jest.mock('@/platform/files', () => ({ removeAllPhotos: jest.fn() }))

let wx: FakeWx
beforeEach(() => {
  wx = createFakeWx()
  for (const api of ['getStorage', 'setStorage', 'removeStorage'] as const)
    jest.spyOn(Taro, api).mockImplementation(promisified(wx, api) as never)
  jest
    .spyOn(Taro, 'getStorageInfoSync')
    .mockImplementation(() => (wx as unknown as { getStorageInfoSync: () => never }).getStorageInfoSync())
})
afterEach(() => jest.restoreAllMocks())

const appKeys = () => [...wx.__store.keys()].filter((key) => key.startsWith('bj.')).sort()
const NOTE = { state: { id: 'n1', party: { account: '6222000012345678' } }, version: 2 }

describe('W9: removals that fail', () => {
  it('delete-all reports a key it could not remove, instead of 「已删除」', async () => {
    wx.setStorageSync('bj.evidence.note.n1', NOTE)
    wx.setStorageSync('bj.evidence.index', { state: { entries: [['n1', 1, 'transfer']] }, version: 1 })
    wx.__fault('removeStorage', 'bj.evidence.note.n1', { times: 1 })
    expect(await deleteAllData()).toBe(1)
    expect(appKeys()).toEqual(['bj.evidence.note.n1', 'bj.removals-pending'])
  })

  it('removes it at the next start', async () => {
    wx.setStorageSync('bj.evidence.note.n1', NOTE)
    wx.__fault('removeStorage', 'bj.evidence.note.n1', { times: 1 })
    expect(await removeKeys(['bj.evidence.note.n1'])).toEqual(['bj.evidence.note.n1'])
    expect(await retryPendingRemovals()).toBe(1)
    expect(appKeys()).toEqual([])
  })

  it('never removes at the next start a key written again since', async () => {
    wx.setStorageSync('bj.reminders', { state: { reminders: [{ id: 'old' }] }, version: 1 })
    wx.__fault('removeStorage', 'bj.reminders', { times: 1 })
    await removeKeys(['bj.reminders'])
    wx.setStorageSync('bj.reminders', { state: { reminders: [{ id: 'new' }] }, version: 1 })
    expect(await retryPendingRemovals()).toBe(0)
    expect(appKeys()).toEqual(['bj.reminders'])
  })
})
