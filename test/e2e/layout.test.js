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

  it('fits every airline and bank number in its chip at WeChat’s largest font size', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.setViewportSize({ width: 375, height: 812 })
    await page.locator('#open-scammed').click()
    await page.locator('#remote-control-no').click()
    // WeChat's largest font setting is what PageShell turns into a 1.6 scale and the large-text class.
    await page.evaluate(() => {
      const shell = document.querySelector('.bj-emergency').closest('.bj-page')
      shell.style.setProperty('--bj-font-scale', '1.6')
      shell.classList.add('bj-page--large-text')
    })
    const overflowingChips = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.bj-emergency .bj-call--chip')]
          .map((chip) => ({ chip, digits: chip.querySelector('.bj-call__digits') }))
          .filter(
            ({ chip, digits }) =>
              digits.getBoundingClientRect().right > chip.getBoundingClientRect().right || digits.scrollWidth > digits.clientWidth,
          )
          .map(({ digits }) => digits.textContent),
      )
    for (const step of ['stop-paying', 'call-police']) await page.locator(`#tick-${step}`).click()
    await page.locator('#step-call-bank .bj-call--chip').first().waitFor()
    await app.screenshot(page, 'bank-chips-largest-font')
    expect(await overflowingChips()).toEqual([])

    for (const step of ['call-bank', 'keep-evidence']) await page.locator(`#tick-${step}`).click()
    await page.locator('#step-verify-airline').getByText('4008-300-999').waitFor()
    await page.locator('#step-verify-airline').getByText('4008-300-999').scrollIntoViewIfNeeded()
    await app.screenshot(page, 'airline-chips-largest-font')
    expect(await overflowingChips()).toEqual([])
    await context.close()
  })

  it('never splits a number, an amount or a bank or airline name over two lines', async () => {
    const app = getApp()
    const { page, context } = await app.open()
    await page.setViewportSize({ width: 320, height: 640 })
    await page.locator('#open-scammed').click()
    await page.locator('#remote-control-yes').click()
    for (const step of ['first-aid', 'stop-paying']) await page.locator(`#tick-${step}`).click()
    await page.locator('#why-call-police').click()
    await page.evaluate(() => document.querySelector('.bj-emergency').closest('.bj-page').style.setProperty('--bj-font-scale', '1.6'))
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('.bj-keep')].map((run) => ({
        text: run.textContent,
        lines: new Set([...run.getClientRects()].map((rect) => Math.round(rect.top))).size,
      })),
    )
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.filter((run) => run.lines > 1)).toEqual([])
    await context.close()
  })
})
