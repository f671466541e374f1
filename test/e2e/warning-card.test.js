// The warning card on the H5 build: the saved image is a real, non-blank PNG, and every shared link
// opens its card (junk opens the general card), with nothing leaving 127.0.0.1.
const fs = require('fs')
const path = require('path')
const { appForThisFile } = require('./app')

const TYPES = ['flight', 'refund', 'credit', 'police', 'rebate', 'impersonation', 'investment', 'recovery']
const SCREENSHOTS = path.resolve(__dirname, 'screenshots')

const getApp = appForThisFile(90_000)

/** Decodes a PNG in the page and measures it: size, and how much its pixels vary (0 means blank). */
function measurePng(page, base64) {
  return page.evaluate(async (data) => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const ctx = canvas.getContext('2d')
    ctx.drawImage(image, 0, 0)
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data
    let sum = 0
    let sumSquares = 0
    const count = pixels.length / 4
    for (let i = 0; i < pixels.length; i += 4) {
      const grey = (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3
      sum += grey
      sumSquares += grey * grey
    }
    const mean = sum / count
    return { width: canvas.width, height: canvas.height, variance: sumSquares / count - mean * mean }
  }, base64)
}

describe('warning card', () => {
  it('saves the card as a legible PNG, 750 wide and far from blank', async () => {
    const app = getApp()
    const { page, context } = await app.open('/share/pages/card/index')
    await page.locator('#card-type-police').click()
    await page.getByText('电话里说你涉嫌犯罪、要你转钱，就是骗局').first().waitFor()
    await app.screenshot(page, 'warning-card')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#card-save-image').click()])
    const png = fs.readFileSync(await download.path())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    fs.writeFileSync(path.join(SCREENSHOTS, 'warning-card-image.png'), png)
    const measured = await measurePng(page, png.toString('base64'))
    expect(measured.width).toBe(750)
    expect(measured.height).toBeGreaterThan(800)
    expect(measured.variance).toBeGreaterThan(500)
    await context.close()
  })

  it.each(TYPES)('opens the shared %s card', async (type) => {
    const app = getApp()
    const { page, context } = await app.open(`/share/pages/view/index?type=${type}`)
    await page.locator('#warning-card').waitFor()
    expect(await page.locator('#warning-card').textContent()).not.toContain('接到这样的电话和消息，先停一停')
    expect(await page.locator('#view-call-96110').isVisible()).toBe(true)
    await context.close()
  })

  it('opens the general card for junk, and never shows the junk', async () => {
    const app = getApp()
    const { page, context } = await app.open('/share/pages/view/index?type=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')
    await page.locator('#warning-card').waitFor()
    expect(await page.locator('#warning-card').textContent()).toContain('接到这样的电话和消息，先停一停')
    expect(await page.content()).not.toContain('onerror=alert')
    await app.screenshot(page, 'warning-view-junk')
    await context.close()
  })
})
