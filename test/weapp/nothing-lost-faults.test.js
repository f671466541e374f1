/**
 * @jest-environment jsdom
 */
// More of issue 23's attacks on the built weapp: storage full while an old record is upgraded (B5),
// a saved note with 50 photos (W3a), and a note whose removal fails (W2).
const fs = require('fs')
const path = require('path')
const { bootWeapp } = require('./harness')

const T0 = Date.UTC(2026, 10, 22, 6, 0, 0)
const fixture = (name) => JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/storage', name), 'utf8')).stored
const photos = Array.from({ length: 50 }, (_, index) => ({ path: `wxfile://usr/evidence-photos/p${index}.jpg`, addedAt: T0 + index }))
const note = (id, extra) => ({
  version: 2,
  state: { id, type: 'chat', occurredAt: T0, text: '旧记录', party: {}, photos: [], createdAt: T0, updatedAt: T0, ...extra },
})

const weapp = bootWeapp({
  seed(wx) {
    wx.setStorageSync('bj.emergency', fixture('bj.emergency.v1.json'))
    wx.setStorageSync('bj.evidence.note.p50', note('p50', { photos }))
    wx.setStorageSync('bj.evidence.note.keep', note('keep', { text: '删不掉的那条' }))
    wx.setStorageSync('bj.evidence.index', {
      version: 1,
      state: {
        entries: [
          ['p50', T0, 'chat'],
          ['keep', T0 - 1, 'chat'],
        ],
      },
    })
    // Storage is full: the backup taken before upgrading the old emergency record cannot be written.
    wx.__fault('setStorage', 'bj.backup.*', { times: 5, message: 'setStorage:fail exceed storage max size 10Mb' })
    wx.__fault('removeStorage', 'bj.evidence.note.keep', { times: 1 })
    wx.env = { USER_DATA_PATH: 'wxfile://usr' }
    wx.getFileSystemManager = () => ({ accessSync() {}, mkdirSync() {}, copyFileSync() {}, unlinkSync() {} })
    wx.showModal = (options) => {
      const result = { errMsg: 'showModal:ok', confirm: true, cancel: false }
      wx.__calls.push({ api: 'showModal', options })
      options.success?.(result)
      options.complete?.(result)
      return Promise.resolve(result)
    }
  },
})

describe('B5: storage full while an old record is upgraded', () => {
  it('says storage is full, shows the record, and offers to free space', async () => {
    const page = await weapp.openPage('pages/index/index')
    await weapp.settle(5)
    const text = page.dom.textContent
    expect(text).toContain('存储空间满了')
    expect(text).toContain('只能查看')
    expect(text).not.toContain('请重新打开小程序再试')
    expect(text).toContain('去清理存储空间')
    expect(text).toMatch(/已完成 \d\/5 步/)
    // Left exactly as it was, to be upgraded once there is room.
    expect(weapp.wx.getStorageSync('bj.emergency')).toEqual(fixture('bj.emergency.v1.json'))
  })
})

describe('W3a: a saved note with 50 photos', () => {
  it('keeps them all and can still be edited and saved', async () => {
    const page = await weapp.openPage('case/pages/evidence-edit/index', { id: 'p50' })
    await weapp.settle(5)
    expect(page.dom.textContent).toContain('照片（50 张，不能再添加）')
    expect(page.querySelector('#evidence-add-photos')).toBeFalsy()
    weapp.type(page, 'evidence-text', '补充一句')
    await weapp.tap(page, 'evidence-save')
    await weapp.settle(10)
    const saved = weapp.wx.getStorageSync('bj.evidence.note.p50').state
    expect(saved.text).toBe('补充一句')
    expect(saved.photos).toHaveLength(50)
  })
})

describe('W2: a note whose removal fails', () => {
  it('is not reported deleted and stays in the index', async () => {
    const page = await weapp.openPage('case/pages/evidence-edit/index', { id: 'keep' })
    await weapp.settle(5)
    await weapp.tap(page, 'evidence-delete')
    await weapp.settle(10)
    const toasts = weapp.callsTo('showToast').map((options) => options.title)
    expect(toasts).toContain('没能删除，这条证据还在。请再试一次')
    expect(toasts).not.toContain('已删除')
    expect(weapp.wx.getStorageSync('bj.evidence.index').state.entries.map(([id]) => id)).toContain('keep')
    expect(weapp.wx.getStorageSync('bj.evidence.note.keep')).not.toBe('')
  })
})
