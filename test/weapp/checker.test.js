/**
 * @jest-environment jsdom
 */
// The built checker page, in its own subpackage: typed text gets a verdict with its reasons, and
// nothing is written to storage.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built checker page', () => {
  it('gives a verdict with quoted reasons from typed text, and stores nothing', async () => {
    const page = await weapp.openPage('check/pages/checker/index')
    expect(page.dom.textContent).toContain('对方在电话里说了什么')
    weapp.type(page, 'checker-text', '我是公安局的，你涉嫌洗钱，把钱转到安全账户，不要告诉家人')
    await weapp.tap(page, 'checker-run')
    await weapp.settle(5)
    expect(page.dom.textContent).toContain('很可能是诈骗')
    expect(page.dom.textContent).toContain('“安全账户”')
    expect(page.dom.textContent).toContain('“不要告诉家人”')
    expect(weapp.callsTo('setStorage')).toEqual([])
  })
})
