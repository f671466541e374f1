// Issue 5 budgets: drawing the card image on H5 (median of 5, ≤ 300 ms) and the share image size (≤ 200 KB).
const path = require('path')
const { withBundledPage } = require('../support/bundle-page')

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function measureCardDrawing() {
  return withBundledPage(path.join(__dirname, 'card-draw-entry.ts'), async (page) => {
    const full = []
    for (let i = 0; i < 5; i += 1) full.push(await page.evaluate(() => window.drawCard('police', 'full', 'image/png')))
    const chat = await page.evaluate(() => window.drawCard('police', 'chat', 'image/jpeg'))
    const moments = await page.evaluate(() => window.drawCard('police', 'moments', 'image/jpeg'))
    const fullPng = full[0]
    return {
      cardDrawMs: Math.round(median(full.map((run) => run.ms))),
      cardDrawRunsMs: full.map((run) => Math.round(run.ms)),
      cardFullPngKb: Math.round(fullPng.bytes / 1024),
      shareImageKb: Math.round(Math.max(chat.bytes, moments.bytes) / 1024),
      shareChatJpegKb: Math.round(chat.bytes / 1024),
      shareMomentsJpegKb: Math.round(moments.bytes / 1024),
    }
  })
}

module.exports = { measureCardDrawing }
