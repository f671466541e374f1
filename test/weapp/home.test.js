/**
 * @jest-environment jsdom
 */
// The built home page in miniprogram-simulate: 96110 dials in one tap, 「我被骗了」 opens the emergency page.
const fs = require('fs')
const path = require('path')
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

  it('draws its static first screen with nothing stored, and asks WeChat to cache it', async () => {
    const config = JSON.parse(fs.readFileSync(path.join(weapp.DIST, 'pages/index/index.json'), 'utf8'))
    expect(config.initialRenderingCache).toBe('static')
    const page = await weapp.openPage('pages/index/index')
    for (const text of ['遇到诈骗或信息泄露，先别慌。', '我被骗了', '110', '报警', '96110', '咨询', '我的信息泄露了'])
      expect(page.dom.textContent).toContain(text)
    // The first payload to the render layer is home's static part, and small.
    const [first] = weapp.setDataBytes['pages/index/index']
    expect(first).toBeLessThanOrEqual(16 * 1024)
  })
})
