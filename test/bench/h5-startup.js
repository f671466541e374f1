// H5 timings, each against the minimal Taro app in test/bench/baseline/ built in the same run:
// both are measured in turn, in the same browser, with the CPU throttled 4x, RUNS times each, and
// every figure is given with the baseline's and their ratio.
const path = require('path')
const { serve } = require('../support/static-server')
const { launchBrowser } = require('../support/browser')

const DIST = path.resolve(__dirname, '../../dist/h5')
const BASELINE_DIST = path.resolve(__dirname, '../../dist/baseline-h5')
const RUNS = 9
const SCROLL_RUNS = 3

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const round = (value) => Math.round(value * 100) / 100

/**
 * What to wait for in each app: its first tappable number, its 「我被骗了」, the screen it opens, and
 * the first 「我被骗了」 of any kind (the real app's static first screen has one before the app's own).
 */
const TARGETS = {
  real: {
    first: '#first-call-110',
    ready: '#open-scammed',
    earliest: '#first-scammed',
    opened: '.bj-emergency .bj-tap',
    screen: '.bj-emergency',
  },
  baseline: { first: '#call-110', ready: '#open-scammed', earliest: '#open-scammed', opened: '#emergency-ready' },
}

/**
 * Runs in the page before any of its scripts: every frame, notes when the first number and
 * 「我被骗了」 can be tapped (on screen, and the element a finger there would hit), taps 「我被骗了」
 * the moment it can, and notes when the next screen is up. With `tapEarliest`, the 「我被骗了」
 * tapped is the first one on screen, the static first screen's link in the real app.
 */
function watchStartup({ targets, tapEarliest }) {
  const times = {}
  window.__startup = times
  const tappable = (element) => {
    if (!element || element.getAttribute('aria-disabled') === 'true') return false
    const box = element.getBoundingClientRect()
    if (!(box.height > 0 && box.bottom <= window.innerHeight)) return false
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
    return Boolean(hit && (hit === element || element.contains(hit)))
  }
  const frame = () => {
    const now = performance.now()
    if (times.firstTappable === undefined && tappable(document.querySelector(targets.first))) times.firstTappable = now
    if (times.ready === undefined) {
      const ready = document.querySelector(tapEarliest ? targets.earliest : targets.ready)
      if (tappable(ready)) {
        times.ready = now
        ready.click()
      }
    } else {
      const opened = document.querySelector(targets.opened)
      const box = opened && opened.getBoundingClientRect()
      if (box && box.height > 0 && box.top < window.innerHeight) {
        times.open = now - times.ready
        const screen = targets.screen && document.querySelector(targets.screen)
        if (screen) times.screenHeight = screen.getBoundingClientRect().height
        return
      }
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

async function startupOnce(browser, url, targets, tapEarliest = false) {
  // A fresh context each run: empty cache and storage, as on first open.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  const page = await context.newPage()
  await page.addInitScript(watchStartup, { targets, tapEarliest })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(`${url}/#/pages/index/index`, { waitUntil: 'commit' })
  const handle = await page.waitForFunction(() => window.__startup && window.__startup.open !== undefined && window.__startup, undefined, {
    timeout: 30_000,
  })
  const times = await handle.jsonValue()
  await context.close()
  return {
    firstTappable: Math.round(times.firstTappable),
    ready: Math.round(times.ready),
    open: Math.round(times.open),
    screenHeight: Math.round(times.screenHeight || 0),
  }
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
    const state = {
      id,
      type: 'transfer',
      occurredAt: at,
      text,
      amountFen: 120050,
      party: { account: '6222000012345678' },
      photos: [],
      createdAt: at,
      updatedAt: at,
    }
    localStorage.setItem(`bj.evidence.note.${id}`, JSON.stringify({ data: { version: 2, state } }))
    entries.push([id, at, 'transfer'])
  }
  localStorage.setItem('bj.evidence.index', JSON.stringify({ data: { version: 1, state: { entries: entries.reverse() } } }))
}

/**
 * From switching to the 证据 tab to its first screen (no throttling): the real app's first 20 rows
 * with 1,000 notes stored, the baseline's bare tab page.
 */
async function tabSwitchOnce(browser, url, real, scrollToo) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`${url}/#/pages/index/index`)
  await page.locator('#open-scammed').waitFor()
  if (real) {
    await page.evaluate(seedThousandNotes)
    await page.reload()
    await page.locator('#open-scammed').waitFor()
  }
  const ms = await page.evaluate(
    (isReal) =>
      new Promise((resolve) => {
        const start = performance.now()
        window.location.hash = '#/pages/evidence/index'
        const check = () => {
          const done = isReal
            ? [...document.querySelectorAll('[id^="timeline-"]')].filter((row) => row.textContent.includes('¥1,200.50')).length >= 20
            : Boolean(document.querySelector('#tab-evidence') && document.querySelector('#tab-evidence').getBoundingClientRect().height > 0)
          if (done) resolve(performance.now() - start)
          else requestAnimationFrame(check)
        }
        check()
      }),
    real,
  )
  let scroll
  if (real && scrollToo) scroll = await scrollToLastNote(page)
  await context.close()
  return { ms: Math.round(ms), scroll }
}

/**
 * Scrolls the 证据 tab down, a screen at a time as a thumb would, until the 1,000th note is on
 * screen (more load as the end comes near), and returns the frame times on the way.
 */
async function scrollToLastNote(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const scroller = [...document.querySelectorAll('.taro_page')].find((candidate) => candidate.getBoundingClientRect().height > 0)
        const frames = []
        let last = performance.now()
        const started = last
        const step = () => {
          const now = performance.now()
          frames.push(now - last)
          last = now
          const target = document.getElementById('timeline-n0')
          if (target && target.getBoundingClientRect().top < window.innerHeight) {
            const sorted = [...frames].sort((a, b) => a - b)
            resolve({
              frames: frames.length,
              p95: Math.round(sorted[Math.floor(sorted.length * 0.95)] * 10) / 10,
              max: Math.round(sorted[sorted.length - 1]),
            })
            return
          }
          if (now - started > 60_000) return reject(new Error('the 1,000th note never came on screen'))
          scroller.scrollTop += 200
          requestAnimationFrame(step)
        }
        requestAnimationFrame(step)
      }),
  )
}

async function alternate(browser, urls, measure, onProgress) {
  const runs = { real: [], baseline: [] }
  for (let i = 0; i < RUNS; i += 1) {
    // Alternating, so a slow moment on the machine falls on both apps alike.
    runs.baseline.push(await measure(browser, urls.baseline, 'baseline', i))
    runs.real.push(await measure(browser, urls.real, 'real', i))
    onProgress(i + 1)
  }
  return runs
}

/** A figure, the baseline's, and their ratio. */
function compared(real, baseline, what) {
  return { value: real, baseline, ratio: round(real / baseline), what }
}

async function measureH5(progress = () => {}) {
  const servers = { real: await serve(DIST), baseline: await serve(BASELINE_DIST) }
  const urls = { real: servers.real.url, baseline: servers.baseline.url }
  const browser = await launchBrowser()
  try {
    const startup = await alternate(
      browser,
      urls,
      (b, url, which) => startupOnce(b, url, TARGETS[which]),
      (n) => progress(`start-up ${n}/${RUNS}`),
    )
    const earliest = await alternate(
      browser,
      urls,
      (b, url, which) => startupOnce(b, url, TARGETS[which], true),
      (n) => progress(`earliest tap ${n}/${RUNS}`),
    )
    const onScreen = (which) => earliest[which].map((run) => run.ready + run.open)
    // Scrolling to the 1,000th note takes seconds; three runs of it give its frame times.
    const tabs = await alternate(
      browser,
      urls,
      (b, url, which, run) => tabSwitchOnce(b, url, which === 'real', run < SCROLL_RUNS),
      (n) => progress(`证据 tab ${n}/${RUNS}`),
    )
    const pick = (which, key) => startup[which].map((run) => run[key])
    const scrolls = tabs.real.flatMap((run) => (run.scroll ? [run.scroll] : []))
    return {
      figures: {
        h5FirstCallRatio: compared(median(pick('real', 'firstTappable')), median(pick('baseline', 'firstTappable'))),
        h5ColdStartRatio: compared(
          median(pick('real', 'ready')),
          median(pick('baseline', 'ready')),
          'H5: cold start to the app’s own 「我被骗了」 tappable (first screen gone) ÷ the baseline’s first button, ms',
        ),
        h5OpenEmergencyRatio: compared(median(pick('real', 'open')), median(pick('baseline', 'open'))),
        h5EarliestEmergencyRatio: compared(
          median(onScreen('real')),
          median(onScreen('baseline')),
          'H5: cold start, the first 「我被骗了」 on screen tapped at once (real: the static first screen’s link), to the emergency screen’s first button, ms',
        ),
        timelineFirstScreenMs: compared(median(tabs.real.map((run) => run.ms)), median(tabs.baseline.map((run) => run.ms))),
      },
      timelineFirstScreenMs: median(tabs.real.map((run) => run.ms)),
      emergencyFirstViewHeightPx: startup.real[0].screenHeight,
      timelineScrollP95Ms: median(scrolls.map((run) => run.p95)),
      tapsToDial96110: await countTapsToDial(browser, urls.real),
      runs: { startup, earliest, tabs: { real: tabs.real.map((run) => run.ms), baseline: tabs.baseline.map((run) => run.ms) }, scrolls },
    }
  } finally {
    await browser.close()
    await servers.real.close()
    await servers.baseline.close()
  }
}

module.exports = { measureH5 }
