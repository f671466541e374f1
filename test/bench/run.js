// `npm run bench`: measures the budgets named in the issues on fresh production builds, next to a
// minimal Taro app (test/bench/baseline/) built and measured in the same run, writes
// test/bench/results/latest.json, and compares every figure with budgets.json.
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')
const { measureWeapp } = require('./weapp-size')
const { largestMainModules } = require('./main-package-modules')
const { measureH5 } = require('./h5-startup')
const { measureCardDrawing } = require('./card-draw')
const { measureChecker } = require('./checker')
const { check } = require('./check-budgets')

/** One line per stage, so a long run shows where it is. */
function stage(text) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`)
}

function build(type, { baseline = false } = {}) {
  stage(`building ${baseline ? 'the baseline app for ' : ''}${type}…`)
  const env = { ...process.env, NODE_ENV: 'production', BJ_MODULE_SIZES: baseline ? '' : '1', BJ_BENCH_BASELINE: baseline ? '1' : '' }
  const result = spawnSync('npx', ['taro', 'build', '--type', type], { stdio: 'ignore', env })
  if (result.status !== 0) throw new Error(`taro build --type ${type}${baseline ? ' (baseline)' : ''} failed`)
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    build('weapp')
    build('h5')
    build('weapp', { baseline: true })
    build('h5', { baseline: true })
  }
  // The storage and setData figures come from jest (they need the app's TypeScript and the simulator).
  stage('storage and weapp setData (jest)…')
  const jest = spawnSync('npx', ['jest', '--ci', '--selectProjects', 'bench'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  })
  if (jest.status !== 0) throw new Error('bench measurements in jest failed')
  const fromJest = ['storage.json', 'weapp-setdata.json', 'weapp-home.json'].map((file) =>
    JSON.parse(fs.readFileSync(path.join(__dirname, 'results', file), 'utf8')),
  )
  stage('weapp package sizes…')
  const sizes = measureWeapp()
  const baselineSizes = measureWeapp(path.resolve(__dirname, '../../dist/baseline-weapp'))
  const largest = largestMainModules(10)
  console.log('  the 10 largest modules in the main package (minified KB):')
  for (const { module, kb } of largest) console.log(`    ${String(kb).padStart(5)}  ${module}`)
  stage('H5 start-up and 证据 tab, real app and baseline in turn (4x CPU throttle)…')
  const h5 = await measureH5((done) => stage(`  ${done}`))
  stage('warning card drawing…')
  const card = await measureCardDrawing()
  stage('message checker…')
  const checker = measureChecker()
  const { figures, ...h5Rest } = h5
  const mainKb = {
    value: sizes.weappMainKb,
    baseline: baselineSizes.weappMainKb,
    ratio: Math.round((sizes.weappMainKb / baselineSizes.weappMainKb) * 100) / 100,
  }
  const results = {
    measuredAt: new Date().toISOString(),
    ...sizes,
    ...h5Rest,
    ...card,
    ...checker,
    ...Object.assign({}, ...fromJest),
    mainPackageLargestModules: largest,
    compared: { weappMainKb: mainKb, ...figures },
  }
  const dir = path.join(__dirname, 'results')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2))
  stage(`results written to ${path.relative(process.cwd(), path.join(dir, 'latest.json'))}`)
  const failed = check(results, { onlyDeterministic: false })
  if (failed > 0) console.error(`\n${failed} budget(s) not met: exit 1`)
  process.exit(failed > 0 ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
