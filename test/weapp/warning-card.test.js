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
  police: '“你涉嫌犯罪”的电话，十有八九是骗局',
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
    expect(share).toMatchObject({ title: '防骗提醒：“你涉嫌犯罪”的电话，十有八九是骗局', path: '/share/pages/view/index?type=police' })
  })
})
