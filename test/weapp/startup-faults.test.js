/**
 * @jest-environment jsdom
 */
// Start-up with damaged storage: the app opens, sets the bad records aside and loses nothing else.
const { bootWeapp } = require('./harness')

const savedSession = { variant: 'scammed', startedAt: Date.UTC(2026, 10, 22, 6), done: { 'stop-paying': Date.UTC(2026, 10, 22, 6, 1) } }

const weapp = bootWeapp({
  seed(wx) {
    wx.__putRaw('bj.calls', '{broken')
    wx.setStorageSync('bj.emergency', { state: { sessions: { scammed: savedSession } }, version: 1 })
    wx.setStorageSync('bj.future', { state: {}, version: 99 })
  },
})

describe('start-up with damaged storage', () => {
  it('opens home, resumes the good record and sets the corrupt one aside', async () => {
    const page = await weapp.openPage('pages/index/index')
    expect(page.dom.textContent).toContain('我被骗了')
    expect(page.dom.textContent).toContain('已完成 1/5 步')
    expect(page.dom.textContent).toContain('已另外保存一份')
    const keys = [...weapp.wx.__store.keys()]
    const asideKey = keys.find((key) => key.startsWith('bj.aside.bj.calls.'))
    expect(weapp.wx.__store.get(asideKey)).toBe(JSON.stringify('{broken'))
    // Set aside once and removed from its key, so the next start does not copy it again.
    expect(weapp.wx.getStorageSync('bj.calls')).toBe('')
    expect(weapp.wx.getStorageSync('bj.emergency').state.sessions.scammed).toEqual(savedSession)
    expect(weapp.wx.getStorageSync('bj.future')).toEqual({ state: {}, version: 99 })
  })

  it('still dials 96110 in one tap', async () => {
    const page = await weapp.openPage('pages/index/index')
    await weapp.tap(page, 'call-96110')
    expect(weapp.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '96110' })])
  })
})
