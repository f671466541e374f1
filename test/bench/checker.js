// The message checker: time for one message as the page checks it (200 characters, and the longest
// it checks, 5,000), 10,000 messages through `npm run -s check-messages`, and the size of its data:
// the signals and brands once minified, and the learned scorer's weights as committed.
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')
const { buildSync } = require('esbuild')
const { trainingSet } = require('../../scripts/checker-corpus')
const { loadChecker } = require('../../scripts/check-messages')

const root = path.resolve(__dirname, '../..')
const WEIGHTS = path.join(root, 'src/features/checker/learned/weights.ts')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const percentile95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]
const round = (value) => Math.round(value * 1000) / 1000

/** A content file's size once bundled and minified, as it ships in the checker's subpackage. */
function minifiedBytes(file) {
  const bundle = buildSync({
    entryPoints: [path.join(root, file)],
    bundle: true,
    minify: true,
    tsconfig: path.join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'error',
  })
  return Buffer.byteLength(bundle.outputFiles[0].text)
}

/** Milliseconds per call of verdictOf (the page's checkMessage), each text once after a warm-up. */
function timeEach(verdictOf, texts) {
  for (const text of texts.slice(0, 50)) verdictOf(text)
  return texts.map((text) => {
    const start = process.hrtime.bigint()
    verdictOf(text)
    return Number(process.hrtime.bigint() - start) / 1e6
  })
}

function measureChecker() {
  const { verdictOf } = loadChecker()
  const texts = trainingSet().map((message) => message.text.replace(/\r?\n/g, ' '))
  // 200 characters: messages joined until long enough, then cut. 5,000: the most the page checks.
  const joined = (length) =>
    texts.map((text, index) =>
      [0, 1, 2, 3, 4, 5, 6, 7]
        .map((step) => texts[(index + step) % texts.length])
        .join('。')
        .repeat(Math.ceil(length / 200))
        .slice(0, length),
    )
  const times200 = timeEach(verdictOf, joined(200))
  const times5000 = timeEach(verdictOf, joined(5000).slice(0, 200))
  const lines = Array.from({ length: 10_000 }, (_, index) => texts[index % texts.length]).join('\n')
  const start = process.hrtime.bigint()
  const run = spawnSync('node', [path.join(root, 'scripts/check-messages.js')], {
    input: `${lines}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const batchMs = Number(process.hrtime.bigint() - start) / 1e6
  if (run.status !== 0 || run.stdout.split('\n').length !== 10_001) throw new Error('check-messages batch failed')
  const dataBytes = ['src/content/scam-signals.ts', 'src/content/checker-brands.ts'].reduce((sum, file) => sum + minifiedBytes(file), 0)
  return {
    checkMessage200Ms: round(median(times200)),
    checkMessage200P95Ms: round(percentile95(times200)),
    checkMessage5000Ms: round(median(times5000)),
    checkMessages10kMs: Math.round(batchMs),
    checkerSignalDataKb: Math.round((dataBytes / 1024) * 10) / 10,
    checkerModelKb: Math.round((fs.statSync(WEIGHTS).size / 1024) * 10) / 10,
  }
}

module.exports = { measureChecker }

if (require.main === module) console.log(measureChecker())
