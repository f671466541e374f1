// 「这是不是诈骗？」 on the H5 build: from home, a fake 航班取消退款 SMS naming 东方航空 with a 400
// number is 很可能是诈骗, with its reasons and 东方航空's verified number; saved as evidence, it is
// in the 证据 timeline.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(90_000)

const SMS = '【东方航空】尊敬的旅客，您的MU5101航班因机械故障取消，请致电客服 400-820-6155 办理改签，可获赔偿300元，需先交保证金。'

describe('message checker', () => {
  it('finds the scam in a fake flight-refund SMS, offers the airline’s own number, and keeps it as evidence', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.setViewportSize({ width: 375, height: 812 })
    await page.locator('#home-checker').click()
    await page.locator('#checker-run').waitFor()
    await app.screenshot(page, 'checker')
    await page.locator('#checker-text textarea, textarea#checker-text').first().fill(SMS)
    await page.locator('#checker-run').click()
    const verdict = page.locator('#checker-verdict')
    await verdict.waitFor()
    expect(await verdict.locator('.bj-verdict__title').textContent()).toBe('很可能是诈骗')
    const text = await verdict.textContent()
    expect(text).toContain('“保证金”')
    expect(text).toContain('“400-820-6155”')
    expect(text).toContain('95530')
    await verdict.scrollIntoViewIfNeeded()
    await app.screenshot(page, 'checker-verdict')

    await page.locator('#checker-save').click()
    await page.locator('#evidence-save').waitFor()
    expect(await page.locator('#evidence-text textarea, textarea#evidence-text').first().inputValue()).toBe(SMS)
    await app.screenshot(page, 'checker-evidence')
    await page.locator('#evidence-save').click()
    // The editor goes back to the checker by itself once saved: wait for it, or the goto below races
    // that back (history.go(-1)) and loses.
    await page.locator('#checker-run:visible').waitFor()
    await page.goto(`${app.url}/#/pages/evidence/index`)
    await page.locator('[id^="timeline-"]').first().waitFor()
    expect(await page.locator('[id^="timeline-"]').first().textContent()).toContain('东方航空')
    await context.close()
  })

  it('shows <script> as text and never runs it', async () => {
    const app = getApp()
    const { page, context } = await app.open('/check/pages/checker/index')
    let alerted = false
    page.on('dialog', async (dialog) => {
      alerted = true
      await dialog.dismiss()
    })
    await page.locator('#checker-text textarea, textarea#checker-text').first().fill('<script>alert(1)</script><img src=x onerror=alert(2)>把验证码告诉我')
    await page.locator('#checker-run').click()
    await page.locator('#checker-verdict').waitFor()
    expect(await page.locator('#checker-verdict').textContent()).toContain('把验证码')
    expect(alerted).toBe(false)
    await context.close()
  })
})
