// The storage faults users are most likely to meet, in the H5 build, across a reload: an older version
// after an update, a full storage on a reminder save, a damaged emergency session on home, and a
// record from a newer version. Also: back pressed while a page is still opening.
const fs = require('fs')
const path = require('path')
const { appForThisFile } = require('./app')

const getApp = appForThisFile(120_000)
const FIXTURES = path.resolve(__dirname, '../fixtures/storage')
const fixture = (name) => JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')).stored

/** Puts values into storage the way Taro's H5 storage keeps them, then reloads so the app reads them at start. */
async function seed(page, values) {
  await page.evaluate((entries) => {
    localStorage.clear()
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify({ data: value }))
  }, values)
  await page.reload()
}

const stored = (page, key) => page.evaluate((name) => JSON.parse(localStorage.getItem(name) || 'null')?.data, key)
const keysStartingWith = (page, prefix) =>
  page.evaluate((start) => Object.keys(localStorage).filter((key) => key.startsWith(start)), prefix)

describe('storage faults, as a user meets them', () => {
  it('migrates an older version after an update, keeps every tick, and removes the backup once read back', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await seed(page, { 'bj.emergency': fixture('bj.emergency.v0.json'), 'bj.plan': fixture('bj.plan.v0.json') })
    await page.locator('#resume-scammed').waitFor()
    // One case record: the plan's migrated tick on 110 counts on home too.
    expect(await page.locator('#resume-scammed').textContent()).toContain('已完成 2/5 步')
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('bj.emergency')).data.version === 2)
    expect((await stored(page, 'bj.emergency')).state.sessions.scammed.done).toEqual({
      'stop-paying': fixture('bj.emergency.v0.json').state.sessions.scammed.startedAt,
    })
    expect(await keysStartingWith(page, 'bj.backup.')).toEqual([])
    await page.reload()
    await page.locator('#resume-scammed').waitFor()
    expect(await keysStartingWith(page, 'bj.aside.')).toEqual([])
    await context.close()
  })

  it('says a reminder was not saved when storage is full, keeps the draft, and saves nothing half-way', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/reminders/index')
    await seed(page, { 'bj.reminders': fixture('bj.reminders.v1.json') })
    await page.locator('#reminder-create').click()
    await page.locator('#reminder-target-bank').click()
    await page.locator('#reminder-title input').fill('给银行回电确认冻结')
    await page.locator('#reminder-quick-10min').click()
    // The draft is kept while typing (after a short pause), before the storage fills up.
    await page.waitForFunction(() => (localStorage.getItem('bj.draft.reminder.new') || '').includes('给银行回电确认冻结'))
    // Fill the browser's storage until almost nothing is left, as a phone full of other data would be.
    await page.evaluate(() => {
      let size = 1024 * 1024
      let filler = ''
      while (size >= 16) {
        try {
          localStorage.setItem('zz-filler', filler + 'x'.repeat(size))
          filler += 'x'.repeat(size)
        } catch {
          size = Math.floor(size / 2)
        }
      }
    })
    await page.locator('#reminder-save').click()
    await page.getByText('手机上的存储空间满了，没能保存').waitFor()
    expect(await page.locator('#reminder-title input').inputValue()).toBe('给银行回电确认冻结')
    await app.screenshot(page, 'reminder-save-storage-full')
    expect((await stored(page, 'bj.reminders')).state.reminders).toHaveLength(2)

    await page.evaluate(() => localStorage.removeItem('zz-filler'))
    await page.reload()
    // Back on the editor after the reload, what was typed is still there.
    await page.locator('#draft-discard').waitFor()
    expect(await page.locator('#reminder-title input').inputValue()).toBe('给银行回电确认冻结')
    expect(await page.locator('#reminder-target-bank').getAttribute('aria-checked')).toBe('true')
    await page.locator('#reminder-save').click()
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('bj.reminders')).data.state.reminders.length === 3)
    expect(await keysStartingWith(page, 'bj.draft.')).toEqual([])
    await page.goto(`${app.url}/#/pages/reminders/index`)
    await page.locator('.bj-reminder__title').filter({ hasText: '给银行回电确认冻结' }).waitFor()
    await context.close()
  })

  it('still shows 110 and 96110 on home with a damaged emergency session, sets it aside once, and keeps the good one', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    const good = {
      variant: 'scammed',
      startedAt: Date.now() - 60_000,
      remoteControl: false,
      done: { 'stop-paying': Date.now(), 'call-police': Date.now() },
    }
    await seed(page, {
      'bj.emergency': {
        version: 2,
        state: {
          sessions: { scammed: good, leaked: { variant: 'leaked', startedAt: 5 }, other: { variant: 'unknown', startedAt: 1, done: {} } },
        },
      },
    })
    await page.locator('#call-110').waitFor()
    await page.locator('#call-96110').waitFor()
    await page.getByText('有 2 条保存的记录读不出来').waitFor()
    expect(await page.locator('#resume-scammed').textContent()).toContain('已完成 2/5 步')
    await app.screenshot(page, 'home-damaged-session')
    const asides = await keysStartingWith(page, 'bj.aside.bj.emergency.')
    expect(asides).toHaveLength(1)
    await page.reload()
    await page.locator('#resume-scammed').waitFor()
    expect(await keysStartingWith(page, 'bj.aside.')).toEqual(asides)

    await page.goto(`${app.url}/#/info/pages/settings/index`)
    await page.getByText('有 2 条记录无法读取').waitFor()
    await app.screenshot(page, 'settings-kept-copies')
    await context.close()
  })

  it('opens reminders from a newer version read-only, and never overwrites them', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/reminders/index')
    const newer = { ...fixture('bj.reminders.v1.json'), version: 9 }
    await seed(page, { 'bj.reminders': newer })
    await page.locator('#read-only-notice').waitFor()
    expect(await page.locator('#read-only-notice').textContent()).toBe('这部分数据来自更新的版本，请更新小程序后再修改')
    expect(await page.locator('.bj-reminder__title').allTextContents()).toContain('问派出所是否已经立案')
    expect(await page.locator('#reminder-create').getAttribute('aria-disabled')).toBe('true')
    // A tap on a disabled action does nothing, and storage keeps the newer record as it was.
    await page.locator('[id^="reminder-done-"]').first().click({ force: true })
    await page.waitForTimeout(300)
    expect(await stored(page, 'bj.reminders')).toEqual(newer)
    await context.close()
  })

  it.each([50, 200, 500])('shows the tab page again after back is pressed %i ms into opening a page', async (delay) => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.locator('#open-scammed').click()
    await page.waitForTimeout(delay)
    await page.goBack()
    await page.locator('#open-scammed').waitFor({ state: 'visible' })
    await page.locator('#call-110').waitFor({ state: 'visible' })
    await context.close()
  })
})
