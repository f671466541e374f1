// Every number the built H5 app offers to dial is in shared/facts/allowed-numbers.txt, and a number the
// user types into a reminder is marked as theirs and unverified, never shown as if it were official.
const fs = require('fs')
const path = require('path')
const { appForThisFile } = require('./app')

const getApp = appForThisFile(120_000)

function allowedNumbers() {
  const file = path.resolve(__dirname, '../../../shared/facts/allowed-numbers.txt')
  return new Set(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  )
}

/** The digits behind every dial control on the page: call buttons carry `call-<digits>`, directory rows say 「拨打… <number>」. */
async function dialledNumbers(page) {
  return page.evaluate(() => {
    const numbers = new Set()
    for (const element of document.querySelectorAll('[id^="call-"]')) numbers.add(element.id.slice('call-'.length))
    for (const element of document.querySelectorAll('[aria-label^="拨打"]')) {
      const match = /([\d-]{3,})$/.exec(element.getAttribute('aria-label') || '')
      if (match) numbers.add(match[1].replace(/-/g, ''))
    }
    for (const link of document.querySelectorAll('a[href^="tel:"]')) numbers.add(link.getAttribute('href').slice(4))
    return [...numbers]
  })
}

describe('numbers the app dials', () => {
  it('offers only numbers from the facts on every screen that dials', async () => {
    const app = getApp()
    const allowed = allowedNumbers()
    const seen = new Set()
    const routes = [
      '/pages/index/index',
      '/case/pages/emergency/index?variant=scammed',
      '/case/pages/emergency/index?variant=leaked',
      '/info/pages/hotlines/index',
      '/share/pages/view/index?type=police',
      '/case/pages/reminder-edit/index',
    ]
    for (const route of routes) {
      const { page, context } = await app.open(route)
      if (route.includes('variant=scammed')) {
        // Every step of the checklist in turn: each one's call buttons, with first aid first.
        await page.locator('#remote-control-yes').click()
        for (let step = 0; step < 6; step += 1) {
          for (const number of await dialledNumbers(page)) seen.add(number)
          await page.locator('.bj-emergency [id^="tick-"]').first().click()
        }
      } else if (route.includes('variant=leaked')) {
        await page.locator('#leak-kinds').waitFor()
        for (const kind of ['id-number', 'phone', 'bank-card', 'password', 'ticket', 'lending', 'address'])
          await page.locator(`#leak-${kind}`).click()
        await page.locator('#leak-kinds-done').click()
        for (let step = 0; step < 10; step += 1) {
          await page.locator('.bj-emergency [id^="tick-"]').first().waitFor()
          for (const number of await dialledNumbers(page)) seen.add(number)
          await page.locator('.bj-emergency [id^="tick-"]').first().click()
        }
      } else if (route.includes('reminder-edit')) {
        await page.locator('#reminder-save').waitFor()
        for (const target of ['airline', 'bank', 'regulator']) {
          await page.locator(`#reminder-target-${target}`).click()
          for (const number of await dialledNumbers(page)) seen.add(number)
          const chips = await page.locator('[id^="reminder-official-"]').allTextContents()
          for (const chip of chips) seen.add(chip.trim().split(/\s+/).pop().replace(/-/g, ''))
        }
      } else {
        await page.locator('[aria-label^="拨打"]').first().waitFor()
      }
      for (const number of await dialledNumbers(page)) seen.add(number)
      await context.close()
    }
    expect(seen.size).toBeGreaterThan(30)
    expect([...seen].filter((number) => !allowed.has(number))).toEqual([])
  })

  it('marks a typed number on a reminder as 「你填写的号码（未核实）」, and names a directory number', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/reminders/index')
    await page.locator('#reminder-create').click()
    await page.locator('#reminder-target-police').click()
    await page.locator('#reminder-title input').fill('问派出所立案了没有')
    await page.locator('#reminder-contact input').fill('021-6123 4567')
    await page.locator('#reminder-contact-unverified').waitFor()
    expect(await page.locator('#reminder-contact-unverified').textContent()).toContain('不要填对方给你的号码')
    await page.locator('#reminder-quick-10min').click()
    await page.locator('#reminder-save').click()
    const card = page.locator('.bj-reminder').filter({ hasText: '问派出所立案了没有' }).first()
    await card.waitFor()
    expect(await card.locator('[id^="reminder-unverified-"]').textContent()).toBe('你填写的号码（未核实）')
    expect(await card.locator('[id^="reminder-call-"]').textContent()).toContain('02161234567')
    await app.screenshot(page, 'reminder-unverified-number')

    await page.locator('#reminder-create').click()
    await page.locator('#reminder-target-airline').click()
    await page.locator('#reminder-official-china-eastern').click()
    await page.locator('#reminder-title input').fill('问东航航班是否真的取消')
    await page.locator('#reminder-quick-10min').click()
    await page.locator('#reminder-save').click()
    const official = page.locator('.bj-reminder').filter({ hasText: '问东航航班是否真的取消' }).first()
    await official.waitFor()
    expect(await official.locator('[id^="reminder-unverified-"]').count()).toBe(0)
    expect(await official.locator('[id^="reminder-call-"]').textContent()).toContain('东方航空 95530')
    await context.close()
  })
})
