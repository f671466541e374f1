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
    await page
      .locator('#checker-text textarea, textarea#checker-text')
      .first()
      .fill('<script>alert(1)</script><img src=x onerror=alert(2)>把验证码告诉我')
    await page.locator('#checker-run').click()
    await page.locator('#checker-verdict').waitFor()
    expect(await page.locator('#checker-verdict').textContent()).toContain('把验证码')
    expect(alerted).toBe(false)
    await context.close()
  })
})

describe('message checker under hostile input', () => {
  const HOSTILE = {
    'checker-hostile-long': `${'您的快递丢失了，请加客服微信办理双倍理赔。'.repeat(4_800)}`.slice(0, 100_000),
    'checker-hostile-emoji': '加🌹微🌹信👉领取💰补贴🎁，👨‍👩‍👧 日结🉐️三百，点👇 e t c - s j . c o m',
    'checker-hostile-rtl': '\u202Eموقع البنك\u202C 请点击 ‮moc.cbci-kf‬ 验证：您的银行卡已冻结，请提供卡号和密码',
    'checker-hostile-html': '<b>【工商银行】</b><a href="http://icbc-kf.com">点此解冻</a><style>*{display:none}</style>请提供验证码',
    'checker-hostile-fullwidth': '【ＥＴＣ服务】您的ＥＴＣ已失效，请登录ｅｔｃ－ｓｊ．ｃｏｍ更新，客服１３８ ００１３ ８０００',
  }

  it.each(Object.entries(HOSTILE))(
    '%s: gives a verdict, keeps 110 a tap away, and keeps the message out of the URL',
    async (name, text) => {
      const app = getApp()
      const { page, context } = await app.open('/check/pages/checker/index')
      const errors = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.locator('#checker-text textarea, textarea#checker-text').first().fill(text)
      await page.locator('#checker-run').click()
      const verdict = page.locator('#checker-verdict')
      await verdict.waitFor()
      expect(await verdict.locator('.bj-verdict__title').textContent()).toMatch(/很可能是诈骗|有可疑之处/)
      // The verdict was brought into view by 检查 itself.
      await page.waitForTimeout(400)
      const box = await verdict.boundingBox()
      expect(box && box.y).toBeLessThan(812)
      await app.screenshot(page, name)
      await page.locator('#checker-save').click()
      await page.locator('#evidence-save').waitFor()
      expect(decodeURIComponent(page.url())).not.toContain(text.slice(0, 12))
      const history = await page.evaluate(() => `${location.href} ${JSON.stringify(history.state)}`)
      expect(decodeURIComponent(history)).not.toContain(text.slice(0, 12))
      expect(errors).toEqual([])
      await context.close()
    },
  )
})

describe('message checker text box', () => {
  it('shows a pasted SMS whole, and is larger in 大字模式', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.setViewportSize({ width: 375, height: 812 })
    const measure = async () => {
      await page.goto(`${app.url}/#/check/pages/checker/index`)
      const box = page.locator('#checker-text textarea, textarea#checker-text').first()
      await box.fill(SMS)
      return box.evaluate((element) => ({
        height: element.getBoundingClientRect().height,
        font: parseFloat(getComputedStyle(element).fontSize),
        overflows: element.scrollHeight > element.clientHeight + 1,
      }))
    }
    const standard = await measure()
    expect(standard.overflows).toBe(false)
    await page.goto(`${app.url}/#/pages/index/index`)
    await page.locator('#home-large-text').click()
    await page.waitForFunction(() => (localStorage.getItem('bj.display') || '').includes('large'))
    const large = await measure()
    await app.screenshot(page, 'checker-large-text')
    expect(large.font).toBeGreaterThan(standard.font * 1.4)
    expect(large.height).toBeGreaterThan(standard.height * 1.4)
    expect(large.overflows).toBe(false)
    await context.close()
  })
})
