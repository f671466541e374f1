// The case file on the H5 build: add a note with an amount and an account, find it masked after a reload,
// and build the report pack with the total and the full account.
const { appForThisFile } = require('./app')

const getApp = appForThisFile(90_000)

async function fill(page, id, value) {
  const field = page.locator(`#${id} input, #${id} textarea, input#${id}, textarea#${id}`).first()
  await field.fill(value)
}

describe('case file', () => {
  it('keeps a note across a reload, masked in the list, and puts it in the report pack', async () => {
    const app = getApp()
    const { page, context } = await app.open('/pages/evidence/index')
    await page.getByText('还没有记录', { exact: false }).waitFor()
    await page.locator('#evidence-add').click()
    await page.locator('#evidence-save').waitFor()
    await app.screenshot(page, 'evidence-editor')
    await fill(page, 'evidence-amount', '1,200.50')
    await fill(page, 'evidence-account', '6222 0000 1234 5678')
    await fill(page, 'evidence-party-institution', '工商银行')
    await fill(page, 'evidence-text', '对方自称航空公司客服，说航班取消，让我转账办理退款。')
    await page.locator('#evidence-save').click()
    await page.locator('[id^="timeline-"]').first().waitFor()
    await page.reload()
    const row = page.locator('[id^="timeline-"]').first()
    await row.waitFor()
    const text = await row.textContent()
    expect(text).toContain('¥1,200.50')
    expect(text).toContain('**** 5678')
    expect(text).not.toContain('6222000012345678')
    await app.screenshot(page, 'evidence-timeline')

    await page.locator('#evidence-report').click()
    const report = page.locator('#report-text')
    await report.waitFor()
    const pack = await report.textContent()
    expect(pack).toContain('合计：¥1,200.50（已记下的 1 笔转账）')
    expect(pack).toContain('账号/卡号：6222000012345678')
    await app.screenshot(page, 'report-pack')
    await context.close()
  })

  it('refuses an amount typed with a letter O, and keeps what was typed', async () => {
    const app = getApp()
    const { page, context } = await app.open('/case/pages/evidence-edit/index')
    await page.locator('#evidence-save').waitFor()
    await fill(page, 'evidence-amount', '1,2O0')
    await fill(page, 'evidence-text', '先记下来')
    await page.locator('#evidence-save').click()
    await page.getByText('金额只能填数字', { exact: false }).waitFor()
    expect(await page.locator('#evidence-text textarea, textarea').first().inputValue()).toBe('先记下来')
    await app.screenshot(page, 'evidence-bad-amount')
    await context.close()
  })
})
