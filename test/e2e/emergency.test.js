// Whole journeys on the H5 build in Chromium: the one-tap call, the ordered steps, a tick that survives a reload.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(60_000)

describe('emergency journeys', () => {
  it('dials 96110 with one tap from a cold start', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    const button = page.locator('#call-96110')
    await button.waitFor({ state: 'visible' })
    expect(await button.boundingBox()).toMatchObject({ y: expect.any(Number) })
    const box = await button.boundingBox()
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    await app.screenshot(page, 'home')
    const dialled = page.waitForRequest((request) => request.url() === 'tel:96110')
    await button.click()
    await dialled
    await context.close()
  })

  it('shows the scam steps in order after 「我被骗了」, and keeps a tick across a reload', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.locator('#open-scammed').click()
    await page.locator('#step-stop-paying').waitFor()
    const ids = await page.locator('[id^="step-"]').evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(ids).toEqual(['step-stop-paying', 'step-call-police', 'step-call-bank', 'step-keep-records', 'step-verify-official'])
    await app.screenshot(page, 'emergency')
    await page.locator('#tick-call-police').click()
    await page.getByText('已完成 1 / 5 步').waitFor()
    await app.screenshot(page, 'emergency-ticked')
    await page.waitForFunction(() => (localStorage.getItem('bj.emergency') || '').includes('call-police'))
    await page.reload()
    await page.getByText('已完成 1 / 5 步').waitFor()
    expect(await page.locator('#tick-call-police').textContent()).toContain('已完成')
    await context.close()
  })
})
