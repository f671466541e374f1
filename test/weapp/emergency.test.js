/**
 * @jest-environment jsdom
 */
// The built emergency page: a tick is written, encrypted, to its own small key in WeChat storage.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built emergency page', () => {
  it('shows the scam steps and keeps a tick in storage', async () => {
    const page = await weapp.openPage('case/pages/emergency/index', { variant: 'scammed' })
    expect(page.dom.textContent).toContain('立刻停止转账')
    await weapp.tap(page, 'tick-call-police')
    expect(page.dom.textContent).toContain('已完成 1 / 5 步')
    const write = weapp.callsTo('setStorage').find((options) => options.key === 'bj.emergency')
    expect(write).toMatchObject({ encrypt: true })
    expect(weapp.wx.getStorageSync('bj.emergency').state.sessions.scammed.done['call-police']).toEqual(expect.any(Number))
  })
})
