/**
 * @jest-environment jsdom
 */
// The built plan page: answering the questionnaire shows the plan, and a tick is written to storage.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built plan page', () => {
  it('builds a plan from tapped answers and keeps a tick', async () => {
    const page = await weapp.openPage('case/pages/plan/index')
    expect(page.dom.textContent).toContain('发生了什么')
    for (const id of ['situation-airline-scam', 'money-lost-yes', 'payment-bank', 'plan-build']) await weapp.tap(page, id)
    expect(page.dom.textContent).toContain('拨打 110 报警，请求紧急止付')
    // The legal basis waits behind 「为什么」, so the step reads as one thing to do.
    expect(page.dom.textContent).not.toContain('依据：《反电信网络诈骗法》（2022年）第二十条')
    await weapp.tap(page, 'plan-why-call-police')
    expect(page.dom.textContent).toContain('依据：《反电信网络诈骗法》（2022年）第二十条')
    await weapp.tap(page, 'plan-tick-call-police')
    await weapp.settle(10)
    expect(weapp.wx.getStorageSync('bj.plan').state.done['call-police']).toEqual(expect.any(Number))
  })
})
