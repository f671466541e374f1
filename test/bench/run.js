// `npm run bench`: measures the budgets named in the issues on fresh production builds,
// writes test/bench/results/latest.json, and compares every figure with budgets.json.
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')
const { measureWeapp } = require('./weapp-size')
const { measureH5 } = require('./h5-startup')
const { measureCardDrawing } = require('./card-draw')
const { measureChecker } = require('./checker')
const { check } = require('./check-budgets')

/** One line per stage, so a long run shows where it is. */
function stage(text) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`)
}

function build(type) {
  stage(`building ${type}…`)
  const result = spawnSync('npx', ['taro', 'build', '--type', type], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error(`taro build --type ${type} failed`)
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    build('weapp')
    build('h5')
  }
  // The storage and setData figures come from jest (they need the app's TypeScript and the simulator).
  stage('storage and weapp setData (jest)…')
  const jest = spawnSync('npx', ['jest', '--ci', '--selectProjects', 'bench'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } })
  if (jest.status !== 0) throw new Error('bench measurements in jest failed')
  const fromJest = ['storage.json', 'weapp-setdata.json'].map((file) => JSON.parse(fs.readFileSync(path.join(__dirname, 'results', file), 'utf8')))
  stage('weapp package sizes…')
  const sizes = measureWeapp()
  stage('H5 start-up and timeline in Chromium (4x CPU throttle)…')
  const h5 = await measureH5()
  stage('warning card drawing…')
  const card = await measureCardDrawing()
  stage('message checker…')
  const checker = measureChecker()
  const results = { measuredAt: new Date().toISOString(), ...sizes, ...h5, ...card, ...checker, ...Object.assign({}, ...fromJest) }
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
