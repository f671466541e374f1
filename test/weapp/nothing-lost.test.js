/**
 * @jest-environment jsdom
 */
// Issue 23's attacks on the built weapp in miniprogram-simulate, with a fake wx that answers late,
// fails per key, or never answers.
const { bootWeapp } = require('./harness')

const T0 = Date.UTC(2026, 10, 22, 6, 0, 0)
const note = (id, amountFen) => ({
  version: 2,
  state: {
    id,
    type: 'transfer',
    occurredAt: T0,
    text: '',
    amountFen,
    party: { account: '6222000012345678' },
    photos: [],
    createdAt: T0,
    updatedAt: T0,
  },
})

const copied = []
const weapp = bootWeapp({
  seed(wx) {
    wx.setStorageSync('bj.evidence.note.big', note('big', 5_000_000))
    wx.setStorageSync('bj.evidence.note.small', note('small', 100_000))
    wx.setStorageSync('bj.evidence.index', {
      version: 1,
      state: {
        entries: [
          ['big', T0, 'transfer'],
          ['small', T0 - 1, 'transfer'],
        ],
      },
    })
    // The photo picker and the app's own folder.
    wx.env = { USER_DATA_PATH: 'wxfile://usr' }
    // WeChat answers promise-style when no callbacks are given, as Taro calls it.
    wx.chooseMedia = () => Promise.resolve({ errMsg: 'chooseMedia:ok', tempFiles: [{ tempFilePath: 'wxfile://tmp_picked.jpg' }] })
    wx.getFileSystemManager = () => ({
      accessSync(path) {
        if (!path.startsWith('wxfile://usr')) throw new Error('no such file')
      },
      mkdirSync() {},
      copyFileSync(from, to) {
        copied.push([from, to])
      },
      unlinkSync() {},
    })
    wx.onPageNotFound = (callback) => {
      wx.__pageNotFound = callback
    }
    // Only the first read of the ¥50,000 note fails (W5).
    wx.__fault('getStorage', 'bj.evidence.note.big', { times: 1 })
  },
})

describe('W5: a read that fails once', () => {
  it('keeps the note indexed and says the pack’s total may be short', async () => {
    const index = weapp.wx.getStorageSync('bj.evidence.index')
    const page = await weapp.openPage('case/pages/report/index')
    await weapp.settle(10)
    expect(page.dom.textContent).toContain('有 1 条证据暂时读不出来，合计可能不全')
    expect(weapp.wx.getStorageSync('bj.evidence.index')).toEqual(index)
  })
})

describe('A1: the quick editor’s account field, then back within 300 ms', () => {
  it('writes the draft when the page goes', async () => {
    const page = await weapp.openPage('case/pages/evidence-edit/index', { quick: '1' })
    weapp.type(page, 'evidence-account', '6222 0000 1234 5678')
    page.detach()
    await weapp.settle(3)
    expect(weapp.wx.getStorageSync('bj.draft.evidence.quick')).toMatchObject({ partyAccount: '6222 0000 1234 5678' })
  })
})

describe('W3b: photos picked into a draft', () => {
  it('are copied into the app’s own folder at once, so the draft never holds a temp path', async () => {
    const page = await weapp.openPage('case/pages/evidence-edit/index')
    await weapp.tap(page, 'evidence-add-photos')
    await weapp.settle(5)
    page.detach()
    await weapp.settle(3)
    const [photo] = weapp.wx.getStorageSync('bj.draft.evidence.new').photos
    expect(photo.path).toMatch(/^wxfile:\/\/usr\/evidence-photos\/draft-/)
    expect(copied).toEqual([['wxfile://tmp_picked.jpg', photo.path]])
  })
})

describe('W6b: a double tap on 添加这个提醒 with writes that answer late', () => {
  it('stores one reminder', async () => {
    weapp.wx.__delay(200)
    const page = await weapp.openPage('case/pages/follow-ups/index', { situations: 'scammed' })
    const button = page.querySelector('.bj-suggestion__add')
    button.dispatchEvent('tap')
    button.dispatchEvent('tap')
    await weapp.settle(25)
    weapp.wx.__delay(0)
    expect(weapp.wx.getStorageSync('bj.reminders').state.reminders).toHaveLength(1)
  })
})

describe('B6b: a link to a page that does not exist', () => {
  it('goes home, where 110 is', () => {
    expect(typeof weapp.wx.__pageNotFound).toBe('function')
    weapp.wx.__pageNotFound({ path: 'pages/nonexistent/index' })
    expect(weapp.callsTo('switchTab')).toEqual([expect.objectContaining({ url: '/pages/index/index' })])
  })
})
