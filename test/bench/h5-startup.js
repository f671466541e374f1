// H5 cold start: from navigation to a visible, enabled 「我被骗了」, with the CPU throttled 4x.
const path = require('path')
const { serve } = require('../support/static-server')
const { launchBrowser } = require('../support/browser')

const DIST = path.resolve(__dirname, '../../dist/h5')
const RUNS = 5

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function measureOnce(browser, url) {
  // A fresh context each run: empty cache and storage, as on first open.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(`${url}/#/pages/index/index`, { waitUntil: 'commit' })
  const handle = await page.waitForFunction(
    () => {
      const button = document.querySelector('#open-scammed')
      if (!button || button.getAttribute('aria-disabled') === 'true') return false
      const box = button.getBoundingClientRect()
      return box.height > 0 && box.bottom <= window.innerHeight ? performance.now() : false
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  )
  const ms = await handle.jsonValue()
  await context.close()
  return Math.round(ms)
}

/** Counts the taps from a cold start until the page asks to dial 96110. */
async function countTapsToDial(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  let taps = 0
  const dialled = page.waitForRequest((request) => request.url() === 'tel:96110', { timeout: 10_000 })
  await page.goto(`${url}/#/pages/index/index`)
  await page.locator('#call-96110').click()
  taps += 1
  await dialled
  await context.close()
  return taps
}

async function measureH5() {
  const server = await serve(DIST)
  const browser = await launchBrowser()
  try {
    const runs = []
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureOnce(browser, server.url))
    return { h5ColdStartMs: median(runs), h5ColdStartRunsMs: runs, tapsToDial96110: await countTapsToDial(browser, server.url) }
  } finally {
    await browser.close()
    await server.close()
  }
}

module.exports = { measureH5 }
