// Launches Debian's Chromium through playwright-core, with the flags this offline machine needs.
const { chromium } = require('playwright-core')

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A phone-sized page. */
async function newPhonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true })
  return { context, page: await context.newPage() }
}

module.exports = { launchBrowser, newPhonePage }
