// Compares measured figures with test/bench/budgets.json. With --only-deterministic (CI), it measures
// the build sizes itself and checks only those; timings are left to `npm run bench`.
const fs = require('fs')
const path = require('path')
const { measureWeapp } = require('./weapp-size')

const BUDGETS = require('./budgets.json')
const RESULTS = path.join(__dirname, 'results', 'latest.json')

/** Prints a table — figure, measured, budget, ✓/✗ — and returns how many budgets were not met. */
function check(results, { onlyDeterministic }) {
  const rows = []
  for (const [name, budget] of Object.entries(BUDGETS)) {
    if (onlyDeterministic && !budget.deterministic) continue
    const value = results[name]
    const met = value !== undefined && (budget.max !== undefined ? value <= budget.max : value === budget.exactly)
    const limit = budget.max !== undefined ? `≤ ${budget.max}` : `= ${budget.exactly}`
    rows.push({ mark: met ? '✓' : '✗', name, value: value === undefined ? 'not measured' : String(value), limit, what: budget.what })
  }
  const headers = { name: 'figure', value: 'measured', limit: 'budget' }
  const width = (key) => Math.max(...rows.map((row) => row[key].length), headers[key].length)
  const line = (cells) => cells.map(([text, size]) => text.padEnd(size)).join('  ')
  console.log(`\n${line([[' ', 1], [headers.name, width('name')], [headers.value, width('value')], [headers.limit, width('limit')]])}  what`)
  for (const row of rows) console.log(`${line([[row.mark, 1], [row.name, width('name')], [row.value, width('value')], [row.limit, width('limit')]])}  ${row.what}`)
  return rows.filter((row) => row.mark === '✗').length
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
