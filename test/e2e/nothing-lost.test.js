// Issue 23's attacks in the H5 build in Chromium: two tabs, a reload within the typing pause,
// back right after 保存, and an address that names no page.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(120_000)
const stored = (page, key) => page.evaluate((name) => JSON.parse(localStorage.getItem(name) || 'null')?.data, key)

describe('nothing lost, in the browser', () => {
  it('B1: two tabs each add a reminder: both are kept, and each tab shows both', async () => {
    const app = getApp()
    const { page: tabA, context } = await app.open('/case/pages/follow-ups/index')
    const tabB = await context.newPage()
    await tabB.goto(`${app.url}/#/case/pages/follow-ups/index`)
    const addButtons = (tab) => tab.locator('.bj-suggestion__add')
    await addButtons(tabA).first().waitFor()
    await addButtons(tabB).first().waitFor()
    await tabA.bringToFront()
    await addButtons(tabA).nth(0).click()
    await tabA.waitForFunction(() => (JSON.parse(localStorage.getItem('bj.reminders') || 'null')?.data.state.reminders.length ?? 0) === 1)
    // Tab B was opened before A's reminder existed.
    await tabB.bringToFront()
    await addButtons(tabB).nth(1).click()
    await tabB.waitForFunction(() => (JSON.parse(localStorage.getItem('bj.reminders') || 'null')?.data.state.reminders.length ?? 0) === 2)
    await tabA.waitForFunction(() => document.querySelectorAll('.bj-suggestion__added').length === 2)
    expect(await tabB.locator('.bj-suggestion__added').count()).toBe(2)
    await context.close()
  })

  it('B3: a tick in one tab and an answer in the other are both kept', async () => {
    const app = getApp()
    const { page: tabA, context } = await app.open()
    await tabA.locator('#open-scammed').click()
    await tabA.locator('#remote-control-no').click()
    await tabA.locator('#tick-stop-paying').waitFor()
    const tabB = await context.newPage()
    await tabB.goto(`${app.url}/#/case/pages/emergency/index?variant=scammed`)
    await tabB.locator('#money-out-10min').waitFor()
    await tabA.bringToFront()
    await tabA.locator('#tick-stop-paying').click()
    await tabA.waitForFunction(
      () => Object.keys(JSON.parse(localStorage.getItem('bj.emergency')).data.state.sessions.scammed.done).length === 1,
    )
    await tabB.bringToFront()
    await tabB.locator('#money-out-10min').click()
    await tabB.locator('#money-out-since').waitFor()
    const session = (await stored(tabB, 'bj.emergency')).state.sessions.scammed
    expect(Object.keys(session.done)).toEqual(['stop-paying'])
    expect(session.moneyOutAt).toEqual(expect.any(Number))
    await context.close()
  })

  it('A1: a reload within the typing pause keeps what was typed', async () => {
    const app = getApp()
    const { page, context } = await app.open('/case/pages/evidence-edit/index?quick=1')
    await page.locator('#evidence-account input').fill('6222 0000 1234 5678')
    await page.reload()
    await page.locator('#draft-discard').waitFor()
    expect(await page.locator('#evidence-account input').inputValue()).toBe('6222 0000 1234 5678')
    await context.close()
  })

  it('back right after 保存 saves once and leaves no draft', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/evidence/index')
    await page.goto(`${app.url}/#/case/pages/evidence-edit/index`)
    await page.locator('#evidence-text textarea').fill('对方说航班取消，要我转 5 万“解冻费”')
    await page.locator('#evidence-save').click()
    await page.goBack()
    await page.waitForTimeout(800)
    const index = await stored(page, 'bj.evidence.index')
    expect(index.state.entries).toHaveLength(1)
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('bj.draft.')))).toEqual([])
    await context.close()
  })

  it('also held: two tabs each adding a note keep both, and the first tab’s list shows both', async () => {
    const app = getApp()
    const { page: tabA, context } = await app.open('/pages/evidence/index')
    const tabB = await context.newPage()
    await tabB.goto(`${app.url}/#/pages/evidence/index`)
    const indexed = (tab, count) =>
      tab.waitForFunction(
        (n) => (JSON.parse(localStorage.getItem('bj.evidence.index') || 'null')?.data.state.entries.length ?? 0) === n,
        count,
        { timeout: 15_000 },
      )
    for (const [tab, text, count] of [
      [tabA, '第一个标签页记的', 1],
      [tabB, '第二个标签页记的', 2],
    ]) {
      // A tab in the background gets no animation frames, and Taro's page only shows after one. A fresh
      // load, not a hash change: the saved editor's own way back to its tab would race a hash change.
      await tab.bringToFront()
      await tab.goto(`${app.url}/?fresh=${count}#/case/pages/evidence-edit/index`)
      await tab.locator('#evidence-text textarea').fill(text)
      await tab.locator('#evidence-save').click()
      await indexed(tab, count)
    }
    expect((await stored(tabB, 'bj.evidence.index')).state.entries).toHaveLength(2)
    await tabA.bringToFront()
    await tabA.goto(`${app.url}/?fresh=list#/pages/evidence/index`)
    await tabA.getByText('已记录证据 2 条').waitFor()
    await context.close()
  })

  it('B6b: #/pages/nonexistent/index goes home, where 110 is one tap away', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/nonexistent/index')
    await page.locator('#open-scammed').waitFor()
    expect(await page.locator('text=110').count()).toBeGreaterThan(0)
    await app.screenshot(page, 'page-not-found-home')
    await context.close()
  })
})
