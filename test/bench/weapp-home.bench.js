/**
 * @jest-environment jsdom
 */
// Home in the built weapp with nothing stored: the size of its first setData (issue 16: ≤ 16 KB),
// the payload WeChat sends to the render layer before anything else.
const fs = require('fs')
const path = require('path')
const { bootWeapp } = require('../weapp/harness')

const weapp = bootWeapp()

it('measures home’s first setData with an empty store', async () => {
  await weapp.openPage('pages/index/index')
  await weapp.settle(10)
  const payloads = weapp.setDataBytes['pages/index/index'] || []
  const result = {
    homeFirstSetDataBytes: payloads[0],
    homeSetDataCalls: payloads.length,
    homeSetDataBytes: payloads.reduce((sum, size) => sum + size, 0),
  }
  const dir = path.join(__dirname, 'results')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'weapp-home.json'), JSON.stringify(result, null, 2))
  expect(result.homeFirstSetDataBytes).toBeGreaterThan(0)
})
