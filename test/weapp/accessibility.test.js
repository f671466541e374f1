/**
 * @jest-environment jsdom
 */
// What WeChat's screen reader is told about the controls that matter, in the built weapp: each is
// announced as a button (aria-role, which WeChat reads instead of the DOM's role) with a label that
// says what the tap does. Without config/weapp-aria, Taro's templates drop both.
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()

/** [page route, element id, words the label must hold] */
const CONTROLS = [
  ['pages/index/index', 'call-110', '拨打 110 报警'],
  ['pages/index/index', 'call-96110', '拨打 96110 咨询'],
  ['pages/index/index', 'open-scammed', '我被骗了'],
  ['pages/index/index', 'open-leaked', '我的信息泄露了'],
  ['pages/evidence/index', 'evidence-add', '添加证据'],
  ['pages/evidence/index', 'evidence-report', '生成报案材料'],
  ['pages/reminders/index', 'reminder-create', '新建提醒'],
  ['check/pages/checker/index', 'checker-run', '检查'],
]

/** The 更多 tab's rows open other pages: links, each labelled with where it goes. */
const LINKS = [
  ['pages/more/index', 'more-checker', '这是不是诈骗？'],
  ['pages/more/index', 'more-hotlines', '官方电话'],
  ['pages/more/index', 'more-report', '报案材料'],
  ['pages/index/index', 'home-checker', '查一查'],
]

describe('screen readers in the WeChat build', () => {
  it.each(CONTROLS)('%s: #%s is a button labelled 「%s」', async (route, id, words) => {
    const page = await weapp.openPage(route)
    const attributes = weapp.attributesOf(page, id)
    expect(attributes['aria-role']).toBe('button')
    expect(attributes['aria-label']).toContain(words)
  })

  it.each(LINKS)('%s: #%s is a link labelled 「%s」', async (route, id, words) => {
    const page = await weapp.openPage(route)
    const attributes = weapp.attributesOf(page, id)
    expect(attributes['aria-role']).toBe('link')
    expect(attributes['aria-label']).toContain(words)
  })

  it('says which of the checker’s phrases are ticked, after a tap too', async () => {
    const page = await weapp.openPage('check/pages/checker/index')
    const id = 'phrase-flight-refund'
    expect(weapp.attributesOf(page, id)).toMatchObject({ 'aria-role': 'checkbox', 'aria-checked': 'false' })
    await weapp.tap(page, id)
    expect(weapp.attributesOf(page, id)['aria-checked']).toBe('true')
  })

  it('reads the screen-share question’s answers as buttons that carry the question', async () => {
    const page = await weapp.openPage('case/pages/emergency/index', { variant: 'scammed' })
    for (const [id, answer] of [
      ['remote-control-yes', '是'],
      ['remote-control-no', '没有'],
    ]) {
      const attributes = weapp.attributesOf(page, id)
      expect(attributes['aria-role']).toBe('button')
      expect(attributes['aria-label']).toMatch(new RegExp(`屏幕共享.* ${answer}$`))
    }
  })

  it('announces a ticked step as done, and 110 on the emergency screen too', async () => {
    const page = await weapp.openPage('case/pages/emergency/index', { variant: 'scammed' })
    await weapp.tap(page, 'remote-control-no')
    await weapp.tap(page, 'tick-stop-paying')
    expect(weapp.attributesOf(page, 'call-110')).toMatchObject({ 'aria-role': 'button', 'aria-label': '拨打 110 报警' })
    await weapp.tap(page, 'finished-toggle')
    expect(weapp.attributesOf(page, 'finished-stop-paying')['aria-label']).toMatch(/^已完成：/)
  })
})
