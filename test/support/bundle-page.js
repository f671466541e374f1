// Runs a TypeScript entry of the app's own code in a blank Chromium page: esbuild bundles it (with
// the `@` alias), the page loads it, and `use(page)` reads what the entry put on `window`.
const path = require('path')
const esbuild = require('esbuild')
const { launchBrowser } = require('./browser')

async function withBundledPage(entry, use) {
  const bundle = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    alias: { '@': path.resolve(__dirname, '../../src') },
  })
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.setContent('<html><body></body></html>')
    await page.addScriptTag({ content: bundle.outputFiles[0].text })
    return await use(page)
  } finally {
    await browser.close()
  }
}

module.exports = { withBundledPage }
