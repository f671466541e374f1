// Compares measured figures with test/bench/budgets.json. With --only-deterministic (CI), it measures
// the build sizes itself and checks only those; timings are left to `npm run bench`.
const fs = require('fs')
const path = require('path')
const { measureWeapp } = require('./weapp-size')

const BUDGETS = require('./budgets.json')
const RESULTS = path.join(__dirname, 'results', 'latest.json')

function check(results, { onlyDeterministic }) {
  let failed = 0
  for (const [name, budget] of Object.entries(BUDGETS)) {
    if (onlyDeterministic && !budget.deterministic) continue
    const value = results[name]
    let verdict
    if (value === undefined) verdict = 'not measured'
    else if (budget.max !== undefined) verdict = value <= budget.max ? 'ok' : 'OVER'
    else verdict = value === budget.exactly ? 'ok' : 'WRONG'
    const limit = budget.max !== undefined ? `≤ ${budget.max}` : `= ${budget.exactly}`
    if (verdict !== 'ok') failed += 1
    console.log(`${verdict.padEnd(12)} ${name}: ${value ?? '–'} (budget ${limit}) — ${budget.what}`)
  }
  return failed
}

if (require.main === module) {
  const onlyDeterministic = process.argv.includes('--only-deterministic')
  const results = onlyDeterministic ? measureWeapp() : JSON.parse(fs.readFileSync(RESULTS, 'utf8'))
  const failed = check(results, { onlyDeterministic })
  if (failed > 0) {
    console.error(`${failed} budget(s) not met`)
    process.exit(1)
  }
}

module.exports = { check }
