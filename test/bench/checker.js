// The message checker: median time for one 200-character message, 10,000 messages through
// `npm run -s check-messages`, and the size of the signal data once minified.
const path = require('path')
const { spawnSync } = require('child_process')
const { buildSync } = require('esbuild')
const { scam, ordinary } = require('../fixtures/messages/expand')
const { loadChecker } = require('../../scripts/check-messages')

const root = path.resolve(__dirname, '../..')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** A content file's size once bundled and minified, as it ships in the checker's subpackage. */
function minifiedBytes(file) {
  const bundle = buildSync({ entryPoints: [path.join(root, file)], bundle: true, minify: true, tsconfig: path.join(root, 'tsconfig.json'), write: false, logLevel: 'error' })
  return Buffer.byteLength(bundle.outputFiles[0].text)
}

function measureChecker() {
  const { checkLines } = loadChecker()
  const texts = [...scam(), ...ordinary()].map((message) => message.text)
  // 200 characters: messages joined until long enough, then cut.
  const long = texts.map((text, index) => (text + texts[(index + 1) % texts.length] + texts[(index + 2) % texts.length]).padEnd(200, '。').slice(0, 200))
  for (const text of long.slice(0, 50)) checkLines(text)
  const times = long.map((text) => {
    const start = process.hrtime.bigint()
    checkLines(text)
    return Number(process.hrtime.bigint() - start) / 1e6
  })
  const lines = Array.from({ length: 10_000 }, (_, index) => texts[index % texts.length]).join('\n')
  const start = process.hrtime.bigint()
  const run = spawnSync('node', [path.join(root, 'scripts/check-messages.js')], { input: `${lines}\n`, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const batchMs = Number(process.hrtime.bigint() - start) / 1e6
  if (run.status !== 0 || run.stdout.split('\n').length !== 10_001) throw new Error('check-messages batch failed')
  const dataBytes = ['src/content/scam-signals.ts', 'src/content/checker-brands.ts'].reduce((sum, file) => sum + minifiedBytes(file), 0)
  return {
    checkMessage200Ms: Math.round(median(times) * 1000) / 1000,
    checkMessages10kMs: Math.round(batchMs),
    checkerSignalDataKb: Math.round((dataBytes / 1024) * 10) / 10,
  }
}

module.exports = { measureChecker }

if (require.main === module) console.log(measureChecker())
