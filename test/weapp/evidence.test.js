/**
 * @jest-environment jsdom
 */
// The built evidence editor: saving a note writes its own encrypted key and the index, and nothing else.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built evidence editor', () => {
  it('saves a note to its own key plus the index', async () => {
    const page = await weapp.openPage('case/pages/evidence-edit/index', { quick: '1' })
    expect(page.dom.textContent).toContain('对方账号或卡号')
    expect(page.dom.textContent).toContain('对方姓名或昵称')
    weapp.type(page, 'evidence-amount', '1,200.50')
    weapp.type(page, 'evidence-account', '6222 0000 1234 5678')
    await weapp.tap(page, 'when-10min')
    await weapp.tap(page, 'evidence-save')
    await weapp.settle(10)
    const writes = weapp.callsTo('setStorage')
    const keys = writes.map((options) => options.key)
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^bj\.evidence\.note\./)
    expect(keys[1]).toBe('bj.evidence.index')
    expect(writes.every((options) => options.encrypt === true)).toBe(true)
    const saved = weapp.wx.getStorageSync(keys[0])
    expect(saved).toMatchObject({ version: 2, state: { amountFen: 120050, party: { account: '6222 0000 1234 5678' } } })
    expect(weapp.wx.getStorageSync('bj.evidence.index').state.entries).toEqual([[saved.state.id, saved.state.occurredAt, 'transfer']])
  })
})
