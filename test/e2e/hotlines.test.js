// The hotline directory on the H5 build: grouped numbers, search, and the fallback when nothing matches.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(60_000)

describe('hotline directory', () => {
  it('is reached from 更多 and lists the official numbers with their dates', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/more/index')
    await page.locator('#more-hotlines').click()
    await page.locator('#hotline-icbc').waitFor()
    expect(await page.locator('#hotline-icbc').textContent()).toContain('95588')
    expect(await page.getByText('核实于 2026-11').count()).toBeGreaterThan(30)
    await app.screenshot(page, 'hotlines')
    await context.close()
  })

  it('says so when a search finds nothing, and still offers 110 and 96110', async () => {
    const app = getApp()
    const { page, context } = await app.open('/info/pages/hotlines/index')
    await page.locator('#hotline-search input').fill('不存在的机构')
    await page.getByText('没有找到“不存在的机构”').waitFor()
    expect(await page.locator('#call-110').isVisible()).toBe(true)
    expect(await page.locator('#call-96110').isVisible()).toBe(true)
    await app.screenshot(page, 'hotlines-no-match')
    await page.locator('#hotline-search input').fill('95530')
    await page.locator('#hotline-china-eastern').waitFor()
    expect(await page.locator('[id^="hotline-"]').count()).toBe(2)
    await context.close()
  })
})
