// 大字模式, the family contact and the recipient page, as an older person and their daughter use them,
// in Chromium at 375 px against the H5 build.
const { appForThisFile } = require('./app')
const { auditLargeText } = require('./large-text-audit')

const getApp = appForThisFile(120_000)

const PHONE = '13912345678'

/** The six screens issue 15 names, and the 提醒 tab with its suggestions, each with an element that says it has rendered. */
const SCREENS = [
  ['home', '/pages/index/index', '#open-leaked'],
  ['emergency', '/case/pages/emergency/index?variant=scammed', '#remote-control-no'],
  ['evidence-editor', '/case/pages/evidence-edit/index', '#evidence-amount'],
  ['card', '/share/pages/card/index', '#warning-card'],
  ['hotlines', '/info/pages/hotlines/index', '#hotline-search'],
  ['checker', '/check/pages/checker/index', '#checker-text'],
  ['reminders', '/pages/reminders/index', '#open-follow-ups'],
  ['follow-ups', '/case/pages/follow-ups/index', '[id^="add-preset-"]'],
]

async function fill(page, id, value) {
  const field = page.locator(`#${id} input, input#${id}`).first()
  await field.fill(value)
}

describe('family and elders', () => {
  it('turns on 大字模式 from home, and every named screen passes the size and overlap checks', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.setViewportSize({ width: 375, height: 667 })
    const toggle = page.locator('#home-large-text')
    await toggle.waitFor()
    // On home's first screen, without scrolling.
    expect((await toggle.boundingBox()).y).toBeLessThan(667)
    await toggle.click()
    await page.waitForFunction(() => document.querySelector('#home-large-text')?.getAttribute('aria-checked') === 'true')
    await page.waitForFunction(() => (localStorage.getItem('bj.display') || '').includes('large'))

    const results = {}
    for (const [name, route, ready] of SCREENS) {
      await page.goto(`${app.url}/#${route}`)
      await page.locator(ready).first().waitFor()
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.bj-page')].some(
          (el) => el.classList.contains('bj-page--elder') && el.getBoundingClientRect().height > 0,
        ),
      )
      await app.screenshot(page, `large-text-${name}`)
      results[name] = await page.evaluate(auditLargeText)
    }
    expect(results).toEqual(Object.fromEntries(SCREENS.map(([name]) => [name, []])))

    // The tab bar's labels grow too, and still fit.
    await page.goto(`${app.url}/#/pages/index/index`)
    await page.locator('#open-scammed').waitFor()
    const labels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.weui-tabbar__label'), (label) => ({
        text: label.textContent,
        size: getComputedStyle(label).fontSize,
        fits: label.scrollWidth <= label.clientWidth + 1,
      })),
    )
    expect(labels).toEqual(['首页', '证据', '提醒', '更多'].map((text) => ({ text, size: '14px', fits: true })))

    // The main action is on the first screen: 「我被骗了」 on home, 110 on the emergency screen.
    await page.goto(`${app.url}/#/pages/index/index`)
    const scammed = await page.locator('#open-scammed').boundingBox()
    expect(scammed.y + scammed.height).toBeLessThanOrEqual(667)
    await page.goto(`${app.url}/#/case/pages/emergency/index?variant=scammed`)
    const call = await page.locator('#emergency-110').boundingBox()
    expect(call.y + call.height).toBeLessThanOrEqual(667)
    await context.close()
  })

  it('sets 女儿 as the family contact, calls her from the emergency step, and keeps her out of the card', async () => {
    const app = getApp()
    const { page, context } = await app.open('/info/pages/settings/index')
    await page.setViewportSize({ width: 375, height: 812 })
    await page.locator('#family-relation-女儿').click()
    await fill(page, 'family-phone', '+86 139-1234-5678')
    await page.locator('#family-save').click()
    await page.locator('#family-saved').waitFor()
    expect(await page.locator('#family-saved').textContent()).toBe(`女儿 · ${PHONE}`)
    await app.screenshot(page, 'family-contact-saved')

    // The emergency screen's first screen: 打给女儿 under 110, dialling her number.
    await page.goto(`${app.url}/#/case/pages/emergency/index?variant=scammed`)
    const callStep = page.locator('#emergency-call-first')
    await callStep.locator('#call-family').waitFor()
    expect(await callStep.locator('#emergency-110').count()).toBe(1)
    expect(await callStep.locator('#call-family').textContent()).toContain('打给女儿')
    await app.screenshot(page, 'emergency-call-family')
    const dialled = page.waitForRequest((request) => request.url() === `tel:${PHONE}`)
    await callStep.locator('#call-family').click()
    await dialled

    // The card: drawn text and the share path carry neither her number nor 「女儿」.
    const card = await context.newPage()
    await card.setViewportSize({ width: 375, height: 812 })
    await card.addInitScript(() => {
      window.__drawn = []
      const fillText = CanvasRenderingContext2D.prototype.fillText
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        window.__drawn.push(String(text))
        return fillText.call(this, text, ...rest)
      }
    })
    await card.goto(`${app.url}/#/share/pages/card/index?type=police`)
    await card.locator('#warning-card').waitFor()
    const download = card.waitForEvent('download')
    await card.locator('#card-save-image').click()
    await download
    const drawn = await card.evaluate(() => window.__drawn.join('\n'))
    expect(drawn).toContain('防骗提醒')
    expect(drawn).not.toContain(PHONE)
    expect(drawn).not.toContain('女儿')
    expect(card.url()).not.toMatch(/139|%E5%A5%B3/)
    const shared = await card.evaluate(() => document.querySelector('#warning-card').textContent)
    expect(shared).not.toContain(PHONE)
    await context.close()
  })

  it('shows a recipient 挂断 first, then the trust line, with no sign of who sent it', async () => {
    const app = getApp()
    const { page, context } = await app.open('/share/pages/view/index?type=flight')
    await page.setViewportSize({ width: 375, height: 667 })
    const first = page.locator('#recipient-first')
    await first.waitFor()
    const text = await first.textContent()
    expect(text.indexOf('挂断电话，不要转账')).toBeGreaterThan(-1)
    expect(text.indexOf('挂断电话，不要转账')).toBeLessThan(text.indexOf('拨打 96110 咨询'))
    expect(await page.locator('#recipient-trust').isVisible()).toBe(true)
    // 挂断 and 96110 on the first screen.
    const call = await page.locator('#view-call-96110').boundingBox()
    expect(call.y + call.height).toBeLessThanOrEqual(667)
    await app.screenshot(page, 'recipient-first')
    await context.close()
  })
})
