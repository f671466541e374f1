// The recovery plan on the H5 build: from 「我被骗了」 to a plan for an airline scam of ¥3,000 by bank card,
// ticks that survive a reload, and the deletion letter copied.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(90_000)

describe('recovery plan', () => {
  it('builds the plan for an airline scam, keeps progress across a reload, and copies the deletion letter', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
    await page.locator('#open-scammed').click()
    await page.locator('#open-plan').click()
    await page.locator('#situation-airline-scam').click()
    await page.locator('#money-lost-yes').click()
    await page.locator('#plan-amount input').fill('¥3,000')
    await page.locator('#payment-bank').click()
    await app.screenshot(page, 'plan-questionnaire')
    await page.locator('#plan-build').click()

    // The next three first; the rest folded.
    for (const id of ['stop-paying', 'call-police', 'call-bank']) await page.locator(`#plan-first #plan-step-${id}`).waitFor()
    expect(await page.locator('#plan-step-verify-airline').count()).toBe(0)
    await page.locator('#plan-tick-call-police').click()
    await page.locator('#plan-tick-call-bank').click()
    await page.getByText('已完成 2 / 14 步').waitFor()
    await app.screenshot(page, 'plan')

    await page.reload()
    await page.getByText('已完成 2 / 14 步').waitFor()
    await page.locator('#plan-rest-toggle').click()
    expect(await page.locator('#plan-tick-call-police').textContent()).toContain('已完成')

    await page.locator('#plan-letter-deletion-request').click()
    await page.locator('#letter-text').waitFor()
    expect(await page.locator('#letter-text').textContent()).toContain('《个人信息保护法》第五十七条')
    await page.locator('#letter-sourceName input').fill('某航空公司')
    await page.locator('#letter-copy').click()
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text.includes('致：某航空公司')))
    await app.screenshot(page, 'letter')
    await context.close()
  })
})
