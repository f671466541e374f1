// Reminders on the H5 build, with Playwright's clock: a reminder falls due, the notice and the home
// banner appear, it survives a reload, and the .ics download parses.
const fs = require('fs')
const { startApp } = require('./app')

jest.setTimeout(90_000)

let app
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => {
  await app?.stop()
})
afterEach(() => {
  expect(app.leaks).toEqual([])
  expect(app.errors).toEqual([])
})

describe('reminders', () => {
  it('shows a notice and a home banner when a reminder falls due, and keeps it across a reload', async () => {
    const { page, context } = await app.open('/pages/reminders/index')
    await page.clock.install({ time: new Date('2026-11-22T09:50:00+08:00') })
    await page.reload()
    await page.locator('#reminder-create').click()
    await page.locator('#reminder-save').waitFor()
    await page.locator('#reminder-target-bank').click()
    await page.locator('#reminder-title input').fill('给银行回电确认冻结')
    await page.locator('#reminder-quick-10min').click()
    await app.screenshot(page, 'reminder-editor')
    await page.locator('#reminder-save').click()
    const card = () => page.locator('.bj-reminder__title').filter({ hasText: '给银行回电确认冻结' }).first()
    await card().waitFor()
    await page.getByText('还有 10 分钟').waitFor()
    await app.screenshot(page, 'reminders')

    await page.clock.fastForward('11:00')
    await page.getByText('跟进提醒').waitFor()
    await app.screenshot(page, 'reminder-due-notice')

    await page.reload()
    await card().waitFor()
    expect(await page.getByText(/已逾期/).count()).toBeGreaterThan(0)
    await page.goto(`${app.url}/#/pages/index/index`)
    await page.locator('#due-banner').waitFor()
    expect(await page.locator('#due-banner').textContent()).toContain('给银行回电确认冻结')
    await app.screenshot(page, 'home-due-banner')
    await context.close()
  })

  it('downloads an .ics file that a calendar app can read', async () => {
    const { page, context } = await app.open('/pages/reminders/index')
    await page.locator('#add-preset-police-case-decision').click()
    const button = page.locator('[id^="reminder-calendar-"]').first()
    await button.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    const ics = fs.readFileSync(await download.path(), 'utf8')
    const lines = ics.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('BEGIN:VEVENT')
    expect(lines).toContain('END:VCALENDAR')
    expect(lines.find((line) => line.startsWith('DTSTART:'))).toMatch(/^DTSTART:\d{8}T\d{6}Z$/)
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:问派出所是否已经立案')
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    await context.close()
  })
})
