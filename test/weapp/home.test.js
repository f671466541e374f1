/**
 * @jest-environment jsdom
 */
// The built home page in miniprogram-simulate: 96110 dials in one tap, 「我被骗了」 opens the emergency page.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

describe('built home page', () => {
  it('dials 96110 with one tap', async () => {
    const page = await weapp.openPage('pages/index/index')
    expect(page.dom.textContent).toContain('我被骗了')
    expect(page.dom.textContent).toContain('110')
    await weapp.tap(page, 'call-96110')
    expect(weapp.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '96110' })])
  })

  it('opens the emergency page from 「我被骗了」', async () => {
    const page = await weapp.openPage('pages/index/index')
    await weapp.tap(page, 'open-scammed')
    expect(weapp.callsTo('navigateTo')).toEqual([expect.objectContaining({ url: '/case/pages/emergency/index?variant=scammed' })])
  })
})
