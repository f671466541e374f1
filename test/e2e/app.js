// Serves the built H5 app on 127.0.0.1 and opens it in Chromium, watching every request.
const fs = require('fs')
const path = require('path')
const { serve } = require('../support/static-server')
const { launchBrowser, newPhonePage } = require('../support/browser')

const DIST = path.resolve(__dirname, '../../dist/h5')
const SCREENSHOTS = path.resolve(__dirname, 'screenshots')

/** Requests a page may make without anything leaving the phone: the local server, and the dialler. */
function staysOnDevice(url) {
  return url.startsWith('http://127.0.0.1:') || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('tel:')
}

async function startApp() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` (npm test does this first)')
  }
  const server = await serve(DIST)
  const browser = await launchBrowser()
  const leaks = []
  const errors = []

  async function open(route = '/pages/index/index') {
    const { context, page } = await newPhonePage(browser)
    page.on('request', (request) => {
      if (!staysOnDevice(request.url())) leaks.push(request.url())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${server.url}/#${route}`)
    return { context, page }
  }

  async function screenshot(page, name) {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    // Let Taro's page slide-in finish, so the picture shows what a person sees.
    await page.waitForTimeout(600)
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true })
  }

  async function stop() {
    await browser.close()
    await server.close()
  }

  return { open, screenshot, stop, leaks, errors, url: server.url }
}

/**
 * For a test file: starts the app before its tests and stops it after, and checks after every test
 * that no request left 127.0.0.1 and no page threw. Returns a getter for the running app.
 */
function appForThisFile(timeoutMs = 90_000) {
  let app
  jest.setTimeout(timeoutMs)
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.stop()
  })
  afterEach(() => {
    expect(app.leaks).toEqual([])
    expect(app.errors).toEqual([])
  })
  return () => app
}

module.exports = { startApp, appForThisFile }
