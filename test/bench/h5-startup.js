// H5 timings: cold start to a visible, enabled 「我被骗了」 (CPU throttled 4x), the emergency
// screen's first render after that tap, and the 证据 tab's first screen with 1,000 stored notes.
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

/** Puts 1,000 notes of 300 characters into the browser's storage, in the app's own format. */
function seedThousandNotes() {
  const t0 = Date.UTC(2026, 10, 22, 6)
  const text = '对方自称航空公司客服，说我的航班因故取消，需要先交一笔保证金才能办理退票和改签。'.repeat(8).slice(0, 300)
  const entries = []
  for (let i = 0; i < 1000; i += 1) {
    const id = `n${i}`
    const at = t0 + i * 1000
    const state = { id, type: 'transfer', occurredAt: at, text, amountFen: 120050, party: { account: '6222000012345678' }, photos: [], createdAt: at, updatedAt: at }
    localStorage.setItem(`bj.evidence.note.${id}`, JSON.stringify({ data: { version: 2, state } }))
    entries.push([id, at, 'transfer'])
  }
  localStorage.setItem('bj.evidence.index', JSON.stringify({ data: { version: 1, state: { entries: entries.reverse() } } }))
}

/** With 1,000 notes stored: from opening the 证据 tab to its first 20 rows on screen (no throttling). */
async function measureTimelineOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`${url}/#/pages/index/index`)
  await page.locator('#open-scammed').waitFor()
  await page.evaluate(seedThousandNotes)
  await page.reload()
  await page.locator('#open-scammed').waitFor()
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now()
        window.location.hash = '#/pages/evidence/index'
        const check = () => {
          const rows = [...document.querySelectorAll('[id^="timeline-"]')].filter((row) => row.textContent.includes('¥1,200.50'))
          if (rows.length >= 20) resolve(performance.now() - start)
          else requestAnimationFrame(check)
        }
        check()
      }),
  )
  await context.close()
  return Math.round(ms)
}

/**
 * From tapping 「我被骗了」 on a loaded home screen (CPU throttled 4x) to the emergency screen's
 * first button on screen: the question, or the first step's.
 */
async function measureEmergencyOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } })
  const page = await context.newPage()
  await page.goto(`${url}/#/pages/index/index`)
  await page.locator('#open-scammed').waitFor()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now()
        document.querySelector('#open-scammed').click()
        const check = () => {
          const button = document.querySelector('.bj-emergency .bj-tap')
          const box = button && button.getBoundingClientRect()
          if (box && box.height > 0 && box.top < window.innerHeight) resolve(performance.now() - start)
          else requestAnimationFrame(check)
        }
        check()
      }),
  )
  const heightPx = await page.evaluate(() => Math.round(document.querySelector('.bj-emergency').getBoundingClientRect().height))
  await context.close()
  return { ms: Math.round(ms), heightPx }
}

async function measureH5() {
  const server = await serve(DIST)
  const browser = await launchBrowser()
  try {
    const runs = []
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureOnce(browser, server.url))
    const timeline = []
    for (let i = 0; i < RUNS; i += 1) timeline.push(await measureTimelineOnce(browser, server.url))
    const emergency = []
    for (let i = 0; i < RUNS; i += 1) emergency.push(await measureEmergencyOnce(browser, server.url))
    return {
      h5ColdStartMs: median(runs),
      h5ColdStartRunsMs: runs,
      tapsToDial96110: await countTapsToDial(browser, server.url),
      timelineFirstScreenMs: median(timeline),
      timelineFirstScreenRunsMs: timeline,
      emergencyFirstRenderMs: median(emergency.map((run) => run.ms)),
      emergencyFirstRenderRunsMs: emergency.map((run) => run.ms),
      emergencyFirstViewHeightPx: emergency[0].heightPx,
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

module.exports = { measureH5, measureTimelineOnce, measureEmergencyOnce }
