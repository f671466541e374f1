/**
 * @jest-environment jsdom
 */
// The built emergency page: the first question, a tick written encrypted to its own small key, and a
// call's outcome asked for and kept with the call.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built emergency page', () => {
  it('asks about screen sharing first, then shows the current step and keeps a tick in storage', async () => {
    const page = await weapp.openPage('case/pages/emergency/index', { variant: 'scammed' })
    expect(page.dom.textContent).toContain('对方让你开过屏幕共享')
    await weapp.tap(page, 'remote-control-no')
    expect(page.dom.textContent).toContain('立刻停止转账')
    await weapp.tap(page, 'tick-stop-paying')
    expect(page.dom.textContent).toContain('已完成 1 / 5 步')
    const write = weapp.callsTo('setStorage').find((options) => options.key === 'bj.emergency')
    expect(write).toMatchObject({ encrypt: true })
    expect(weapp.wx.getStorageSync('bj.emergency').state.sessions.scammed.done['stop-paying']).toEqual(expect.any(Number))
  })

  it('asks whether the call to 110 got through, and records 打通了 with the call', async () => {
    const page = await weapp.openPage('case/pages/emergency/index', { variant: 'scammed' })
    await weapp.tap(page, 'emergency-110')
    expect(weapp.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '110' })])
    await weapp.settle()
    expect(page.dom.textContent).toContain('刚才的电话打通了吗？')
    await weapp.tap(page, 'outcome-answered')
    weapp.type(page, 'outcome-reference', 'A123')
    await weapp.tap(page, 'outcome-save')
    await weapp.settle()
    expect(page.dom.textContent).not.toContain('刚才的电话打通了吗？')
    const [call] = weapp.wx.getStorageSync('bj.calls').state.calls
    expect(call).toMatchObject({ number: '110', answered: true, reference: 'A123' })
  })
})
