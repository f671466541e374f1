/**
 * @jest-environment jsdom
 */
// The weapp setData payload for the 证据 tab's first screen with 1,000 notes (issue 3: ≤ 64 KB).
const fs = require('fs')
const path = require('path')
const { bootWeapp } = require('../weapp/harness')

const T0 = Date.UTC(2026, 10, 22, 6)
const TEXT_300 = '对方自称航空公司客服，说我的航班因故取消，需要先交一笔保证金才能办理退票和改签。'.repeat(8).slice(0, 300)

function seed(wx) {
  const entries = []
  for (let i = 0; i < 1000; i += 1) {
    const id = `n${i}`
    const at = T0 + i * 1000
    wx.setStorageSync(`bj.evidence.note.${id}`, {
      version: 2,
      state: {
        id,
        type: 'transfer',
        occurredAt: at,
        text: TEXT_300,
        amountFen: 120050,
        party: { account: '6222000012345678', institution: '工商银行' },
        photos: [],
        createdAt: at,
        updatedAt: at,
      },
    })
    entries.push([id, at, 'transfer'])
  }
  wx.setStorageSync('bj.evidence.index', { version: 1, state: { entries: entries.reverse() } })
}

const weapp = bootWeapp({ seed })

it('measures the setData payload of the evidence tab with 1,000 notes', async () => {
  const page = await weapp.openPage('pages/evidence/index')
  await weapp.settle(30)
  const payloads = weapp.setDataBytes['pages/evidence/index'] || []
  const total = payloads.reduce((sum, size) => sum + size, 0)
  const result = {
    evidenceTabSetDataCalls: payloads.length,
    evidenceTabSetDataBytes: total,
    evidenceTabSetDataLargestBytes: Math.max(0, ...payloads),
    evidenceTabRowsRendered: (page.dom.textContent.match(/¥1,200.50/g) || []).length,
  }
  const dir = path.join(__dirname, 'results')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'weapp-setdata.json'), JSON.stringify(result, null, 2))
  expect(result.evidenceTabRowsRendered).toBeGreaterThan(0)
})
