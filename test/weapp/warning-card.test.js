/**
 * @jest-environment jsdom
 */
// The built recipient page: each type renders its card, junk renders the general card, and the
// share handler returns a path with the type id only.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

const TITLES = {
  flight: '“航班取消，给你退款”是骗局',
  refund: '“客服”主动给你退款，先挂电话',
  credit: '“帮你修复征信、注销网贷账户”是骗局',
  police: '电话里说你涉嫌犯罪、要你转钱，就是骗局',
  rebate: '“点赞刷单，轻松返利”是骗局',
  impersonation: '熟人、领导找你借钱，先打电话确认',
  investment: '“稳赚不赔、内幕消息”是骗局',
  recovery: '“帮你追回被骗的钱”是二次诈骗',
}

describe('built warning card view', () => {
  it.each(Object.entries(TITLES))('renders the %s card', async (type, title) => {
    const page = await weapp.openPage('share/pages/view/index', { type })
    expect(page.dom.textContent).toContain(title)
    expect(page.dom.textContent).toContain('96110')
  })

  it('renders the general card for junk, without echoing it', async () => {
    const page = await weapp.openPage('share/pages/view/index', { type: '"><script>' })
    expect(page.dom.textContent).toContain('接到这样的电话和消息，先停一停')
    expect(page.dom.innerHTML).not.toContain('<script>')
  })

  it('returns a share path with the type id only', async () => {
    const page = await weapp.openPage('share/pages/view/index', { type: 'police' })
    const share = page.instance.onShareAppMessage({ from: 'button' })
    expect(share).toMatchObject({ title: '防骗提醒：电话里说你涉嫌犯罪、要你转钱，就是骗局', path: '/share/pages/view/index?type=police' })
  })

  it('tells a recipient to hang up first, then to check with family, then offers 96110, before anything else', async () => {
    const page = await weapp.openPage('share/pages/view/index', { type: 'flight' })
    const text = page.dom.textContent
    const order = [
      '挂断电话，不要转账',
      '打给发这张卡片的家人，或你信任的人，核实一下',
      '拨打 96110 咨询',
      '不用登录，不用付钱',
      '“航班取消，给你退款”是骗局',
    ]
    const positions = order.map((line) => text.indexOf(line))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // Buttons, in the order they are on the page: 96110 first, the two ways on last.
    const buttons = [...page.dom.querySelectorAll('[class~="main--bj-tap"], [class~="main--bj-card-actions__share"]')].map((node) =>
      node.textContent.trim(),
    )
    expect(buttons).toEqual(['拨打 96110 咨询', '转发给家人', '我刚接到这样的电话或短信', '我已经转了钱'])
  })

  it('takes 「我刚接到这样的电话或短信」 to the checker with what these callers say, shown first there (unticked)', async () => {
    const page = await weapp.openPage('share/pages/view/index', { type: 'police' })
    await weapp.tap(page, 'view-just-got')
    expect(weapp.callsTo('navigateTo')).toEqual([
      expect.objectContaining({ url: '/check/pages/checker/index?phrases=money-laundering%2Csafe-account%2Csecret' }),
    ])
    await weapp.tap(page, 'view-paid')
    expect(weapp.callsTo('navigateTo')[1]).toEqual(expect.objectContaining({ url: '/case/pages/emergency/index?variant=scammed' }))
  })
})
