// The H5 build at a 375px-wide phone screen: 88rpx is 44 CSS px, as WeChat renders it, so touch
// targets and text are the size they were designed at.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(60_000)

describe('H5 sizing', () => {
  it('renders 88rpx as 44 CSS px on a 375px-wide screen', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.setViewportSize({ width: 375, height: 812 })
    await page.locator('#open-leaked').waitFor()
    const sizes = await page.evaluate(() => ({
      root: getComputedStyle(document.documentElement).fontSize,
      // 「我被骗了」 is 220rpx tall at least: 110 CSS px.
      scammedMinHeight: getComputedStyle(document.querySelector('#open-scammed')).minHeight,
      // A rem of 2.2, which is what Taro makes of 88rpx, the smallest touch target.
      touchTarget: (() => {
        const probe = document.createElement('div')
        probe.style.height = '2.2rem'
        document.body.appendChild(probe)
        const height = probe.getBoundingClientRect().height
        probe.remove()
        return height
      })(),
    }))
    expect(sizes).toEqual({ root: '20px', scammedMinHeight: '110px', touchTarget: 44 })
    await context.close()
  })
})
