// The H5 page's static first screen: 110, 96110 and 「我被骗了」 work before the app's JavaScript has
// run, the app takes over without anything moving, and a deep link opens its own page.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(90_000)

/** The first screen's parts and the app's home parts they stand in for. */
const PAIRS = [
  ['#first-scammed', '#open-scammed'],
  ['#first-call-110', '#call-110'],
  ['#first-call-96110', '#call-96110'],
  ['#first-leaked', '#open-leaked'],
]

const boxes = (page, selectors) =>
  page.evaluate(
    (list) =>
      list.map((selector) => {
        const box = document.querySelector(selector).getBoundingClientRect()
        return [Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)]
      }),
    selectors,
  )

async function openWithoutScripts(app, width) {
  const { page, context } = await app.open('/pages/index/index?no-js')
  await page.close()
  const blocked = await context.newPage()
  await blocked.setViewportSize({ width, height: 667 })
  await blocked.route('**/*.js', (route) => route.abort())
  await blocked.goto(`${app.url}/#/pages/index/index`)
  await blocked.locator('#first-call-110').waitFor()
  return { page: blocked, context }
}

describe('the static first screen', () => {
  it('dials 110 and 96110 and links 「我被骗了」 before any script has run', async () => {
    const app = getApp()
    const { page, context } = await openWithoutScripts(app, 375)
    await app.screenshot(page, 'first-screen-no-js')
    expect(await page.locator('#first-call-110').getAttribute('href')).toBe('tel:110')
    expect(await page.locator('#first-call-96110').getAttribute('href')).toBe('tel:96110')
    expect(await page.locator('#first-scammed').getAttribute('href')).toBe('#/case/pages/emergency/index?variant=scammed')
    const dialled = page.waitForRequest((request) => request.url() === 'tel:110')
    await page.locator('#first-call-110').click()
    await dialled
    await context.close()
  })

  it.each([375, 390])('has the same labels, numbers and boxes as the app’s home at %i px', async (width) => {
    const app = getApp()
    const { page, context } = await openWithoutScripts(app, width)
    const firstBoxes = await boxes(
      page,
      PAIRS.map(([first]) => first),
    )
    const firstText = await page.evaluate(
      (list) => list.map((selector) => document.querySelector(selector).textContent.replace(/\s+/g, '')),
      PAIRS.map(([first]) => first),
    )
    const firstLabels = await page.evaluate(() =>
      ['#first-call-110', '#first-call-96110'].map((selector) => document.querySelector(selector).getAttribute('aria-label')),
    )

    const live = await context.newPage()
    await live.setViewportSize({ width, height: 667 })
    await live.goto(`${app.url}/#/pages/index/index`)
    await live.locator('#open-scammed').waitFor()
    await live.waitForFunction(() => !document.getElementById('bj-first'))
    const appBoxes = await boxes(
      live,
      PAIRS.map(([, home]) => home),
    )
    const appText = await live.evaluate(
      (list) => list.map((selector) => document.querySelector(selector).textContent.replace(/\s+/g, '')),
      PAIRS.map(([, home]) => home),
    )
    const appLabels = await live.evaluate(() =>
      ['#call-110', '#call-96110'].map((selector) => document.querySelector(selector).getAttribute('aria-label')),
    )
    expect(firstText).toEqual(appText)
    expect(firstLabels).toEqual(appLabels)
    firstBoxes.forEach((box, index) =>
      box.forEach((value, axis) =>
        expect({ part: PAIRS[index][0], axis, off: Math.abs(value - appBoxes[index][axis]) <= 1 }).toEqual({
          part: PAIRS[index][0],
          axis,
          off: true,
        }),
      ),
    )
    await context.close()
  })

  it('hands over to the app without a layout shift, keeping the scroll position', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/index/index')
    await page.setViewportSize({ width: 375, height: 667 })
    await page.locator('#open-scammed').waitFor()
    await page.waitForFunction(() => !document.getElementById('bj-first'))
    const cls = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let total = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value
          }).observe({ type: 'layout-shift', buffered: true })
          setTimeout(() => resolve(total), 500)
        }),
    )
    expect(cls).toBeLessThanOrEqual(0.01)

    // Scrolled on the first screen, then handed over: the page is where the user left it.
    const slow = await context.newPage()
    await slow.setViewportSize({ width: 375, height: 300 })
    let release
    const held = new Promise((resolve) => (release = resolve))
    await slow.route('**/js/app.*.js', async (route) => {
      await held
      await route.continue()
    })
    await slow.goto(`${app.url}/#/pages/index/index`, { waitUntil: 'commit' })
    await slow.locator('#first-leaked').waitFor()
    const scrolledFirst = await slow.evaluate(() => {
      const first = document.getElementById('bj-first')
      first.scrollTo(0, 60)
      return first.scrollTop
    })
    expect(scrolledFirst).toBe(60)
    release()
    await slow.waitForFunction(() => !document.getElementById('bj-first') && document.querySelector('#open-scammed'))
    const scrolled = await slow.evaluate(
      () => Array.from(document.querySelectorAll('.taro_page')).find((page) => page.getBoundingClientRect().height > 0).scrollTop,
    )
    expect(scrolled).toBe(60)
    await context.close()
  })

  it('opens the emergency screen when the app loads at its address', async () => {
    const app = getApp()
    const { page, context } = await app.open('/case/pages/emergency/index?variant=scammed')
    await page.locator('#remote-control-no').waitFor()
    expect(await page.locator('#bj-first').count()).toBe(0)
    await context.close()
  })
})
