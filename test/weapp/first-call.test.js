/**
 * @jest-environment jsdom
 */
// Issue 22's changed pages on the built weapp: 「我被骗了」 opens on 110 and 「打给女儿」 before any
// question; the report pack has 报案人信息; the card carries the sender's own line to family only.
const { bootWeapp } = require('./harness')

const PHONE = '13912345678'
const weapp = bootWeapp({
  seed: (wx) => {
    wx.setStorageSync('bj.display', { state: { textSize: 'large' }, version: 1 })
    wx.setStorageSync('bj.family', { state: { contact: { relation: '女儿', phone: PHONE } }, version: 1 })
  },
})

describe('issue 22 on the built weapp', () => {
  it('opens 「我被骗了」 on 110 and 「打给女儿」, before the screen-share question, and dials 110 in one tap', async () => {
    const page = await weapp.openPage('case/pages/emergency/index', { variant: 'scammed' })
    const text = page.dom.textContent
    const order = ['拨打 110 报警', '接通后说', '打给女儿', '对方让你开过屏幕共享'].map((line) => text.indexOf(line))
    expect(order.every((position) => position >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    await weapp.tap(page, 'emergency-110')
    expect(weapp.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '110' })])
  })

  it('builds the report pack with 报案人信息 and keeps none of it unless asked', async () => {
    const page = await weapp.openPage('case/pages/report/index')
    await weapp.settle(10)
    expect(page.dom.textContent).toContain('报案人信息')
    await weapp.tap(page, 'reporter-toggle')
    weapp.type(page, 'reporter-name', '王秀英')
    await weapp.settle(10)
    expect(page.dom.textContent).toContain('姓名：王秀英')
    expect(JSON.stringify(weapp.wx.getStorageSync('bj.plan') || '')).not.toContain('王秀英')
    await weapp.tap(page, 'reporter-keep')
    await weapp.settle(10)
    expect(weapp.wx.getStorageSync('bj.plan').state.details.ownerName).toBe('王秀英')
  })

  it('puts the sender’s own line first on the recipient page, and never passes it on', async () => {
    const page = await weapp.openPage('share/pages/view/index', { type: 'police', note: encodeURIComponent('我刚被骗了，看到请打给我') })
    const text = page.dom.textContent
    expect(text.indexOf('我刚被骗了，看到请打给我')).toBeGreaterThanOrEqual(0)
    expect(text.indexOf('我刚被骗了，看到请打给我')).toBeLessThan(text.indexOf('挂断电话，不要转账'))
    expect(page.instance.onShareAppMessage({ from: 'button' }).path).toBe('/share/pages/view/index?type=police')
  })

  it('adds the line to the card’s chat link only when the sender turns it on', async () => {
    const page = await weapp.openPage('share/pages/card/index', { type: 'police' })
    expect(page.instance.onShareAppMessage({ from: 'button' }).path).toBe('/share/pages/view/index?type=police')
    await weapp.tap(page, 'card-note-toggle')
    await weapp.tap(page, 'card-note-suggestion-0')
    const share = page.instance.onShareAppMessage({ from: 'button' })
    expect(share.path).toBe(`/share/pages/view/index?type=police&note=${encodeURIComponent('我刚被骗了，看到请打给我')}`)
    expect(share.path).not.toContain(PHONE)
    expect(page.instance.onShareTimeline().query).toBe('type=police')
  })
})
