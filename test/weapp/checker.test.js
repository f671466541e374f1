/**
 * @jest-environment jsdom
 */
// The built checker page, in its own subpackage: typed text gets a verdict with its reasons, brought
// into view; a card's phrases open unticked; 记为证据 carries no message in its URL; nothing is stored.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built checker page', () => {
  it('gives a verdict with quoted reasons from typed text, scrolls to it, and stores nothing', async () => {
    const page = await weapp.openPage('check/pages/checker/index')
    expect(page.dom.textContent).toContain('对方在电话里说了什么')
    weapp.type(page, 'checker-text', '我是公安局的，你涉嫌洗钱，把钱转到安全账户，不要告诉家人')
    await weapp.tap(page, 'checker-run')
    await weapp.settle(5)
    expect(page.dom.textContent).toContain('很可能是诈骗')
    expect(page.dom.textContent).toContain('“安全账户”')
    expect(page.dom.textContent).toContain('“不要告诉家人”')
    expect(weapp.callsTo('pageScrollTo')).toEqual([expect.objectContaining({ selector: '#checker-verdict' })])
    expect(weapp.callsTo('setStorage')).toEqual([])
  })

  it('quotes the words the learned scorer weighed most, with the type they resemble', async () => {
    const page = await weapp.openPage('check/pages/checker/index')
    weapp.type(page, 'checker-text', '亲，您在我们店买的衣服检测出甲醛超标，我们这边给您办理三倍赔付，您看方便加一下理赔专员吗')
    await weapp.tap(page, 'checker-run')
    await weapp.settle(5)
    expect(page.dom.textContent).toMatch(/很可能是诈骗|有可疑之处/)
    expect(page.dom.textContent).toContain('这几句话常见于')
  })

  it('opens from a warning card with nothing ticked, and asks for something to check', async () => {
    const page = await weapp.openPage('check/pages/checker/index', { phrases: 'money-laundering,safe-account' })
    expect(page.querySelector('#phrase-safe-account').dom.getAttribute('aria-checked')).not.toBe('true')
    await weapp.tap(page, 'checker-run')
    await weapp.settle(3)
    expect(page.dom.textContent).not.toContain('很可能是诈骗')
    expect(page.querySelector('#checker-empty')).toBeTruthy()
  })

  it('记为证据 opens the editor with a token, never the message, in the URL', async () => {
    const page = await weapp.openPage('check/pages/checker/index')
    const long = `请把钱转到安全账户${'。'.repeat(3000)}😀`
    weapp.type(page, 'checker-text', long)
    await weapp.tap(page, 'checker-run')
    await weapp.settle(5)
    await weapp.tap(page, 'checker-save')
    await weapp.settle(3)
    const [open] = weapp.callsTo('navigateTo').slice(-1)
    expect(open.url).toMatch(/^\/case\/pages\/evidence-edit\/index\?type=sms&at=\d+&handoff=h\d+$/)
    expect(decodeURIComponent(open.url)).not.toContain('安全账户')
    // The editor, in the other subpackage, receives the whole message through the hand-off.
    const query = Object.fromEntries(new URLSearchParams(open.url.split('?')[1]))
    const editor = await weapp.openPage('case/pages/evidence-edit/index', query)
    await weapp.settle(5)
    // The textarea's value is not in the simulated DOM; its counter shows all 3,011 units arrived.
    expect(editor.dom.textContent).toContain(`${long.length} / 5000`)
  })
})
