// Compares measured figures with test/bench/budgets.json. With --only-deterministic (CI), it measures
// the build sizes itself and checks only those; timings are left to `npm run bench`.
const fs = require('fs')
const path = require('path')
const { measureWeapp } = require('./weapp-size')

const BUDGETS = require('./budgets.json')
const RESULTS = path.join(__dirname, 'results', 'latest.json')

/**
 * Prints a table — figure, measured, baseline, ratio, budget, ✓/✗ — and returns how many budgets
 * were not met. A ratio budget is checked against `results.compared[name].ratio`; the others against
 * the figure itself. Figures measured against the baseline but without a budget are listed too.
 */
function check(results, { onlyDeterministic }) {
  const compared = results.compared || {}
  const rows = []
  const show = (value) => (value === undefined ? '' : String(value))
  for (const [name, budget] of Object.entries(BUDGETS)) {
    if (onlyDeterministic && !budget.deterministic) continue
    const against = compared[name]
    const value = budget.ratio ? against && against.ratio : results[name]
    const met = value !== undefined && (budget.max !== undefined ? value <= budget.max : value === budget.exactly)
    const limit = budget.max !== undefined ? `≤ ${budget.max}${budget.ratio ? '×' : ''}` : `= ${budget.exactly}`
    const measured = budget.ratio ? against && against.value : results[name]
    rows.push({
      mark: met ? '✓' : '✗',
      name,
      value: measured === undefined ? 'not measured' : show(measured),
      baseline: show(against && against.baseline),
      ratio: against ? `${against.ratio}×` : '',
      limit,
      what: budget.what,
    })
  }
  for (const [name, against] of Object.entries(compared)) {
    if (BUDGETS[name]) continue
    rows.push({
      mark: '·',
      name,
      value: show(against.value),
      baseline: show(against.baseline),
      ratio: `${against.ratio}×`,
      limit: '—',
      what: against.what || '',
    })
  }
  const headers = { name: 'figure', value: 'measured', baseline: 'baseline', ratio: 'ratio', limit: 'budget' }
  const keys = Object.keys(headers)
  const width = (key) => Math.max(...rows.map((row) => row[key].length), headers[key].length)
  const line = (row) => [row.mark.padEnd(1), ...keys.map((key) => row[key].padEnd(width(key)))].join('  ')
  console.log(`\n${line({ mark: ' ', ...headers })}  what`)
  for (const row of rows) console.log(`${line(row)}  ${row.what}`)
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
