/**
 * @jest-environment node
 */
// The weapp claims iOS 12 and later (README, babel.config.js): JavaScriptCore there parses ES2019.
// One script that uses newer syntax (valibot's `?.` and `??` once did) fails to load as a whole, and
// with it the app, 110 included. So every built script must parse at ES2019. Regex lookbehind parses
// here but not on iOS before 16.4: eslint's es-x rule keeps it out of the source.
const fs = require('fs')
const path = require('path')
const acorn = require('acorn')
const { DIST } = require('./harness')

function scripts(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return scripts(full)
    return entry.name.endsWith('.js') ? [full] : []
  })
}

/** Where a script stops parsing at ES2019, with the code around it; nothing when it parses. */
function es2019Failure(code, name) {
  try {
    acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script' })
    return null
  } catch (error) {
    return `${name}: ${error.message} near ${JSON.stringify(code.slice(error.pos - 30, error.pos + 30))}`
  }
}

describe('the built weapp on iOS 12', () => {
  const files = fs.existsSync(DIST) ? scripts(DIST) : []

  it('finds the scripts it checks', () => {
    expect(files.map((file) => path.relative(DIST, file))).toEqual(expect.arrayContaining(['app.js', 'taro.js', 'vendors.js', 'common.js']))
  })

  it('parses every script at ES2019', () => {
    expect(files.map((file) => es2019Failure(fs.readFileSync(file, 'utf8'), path.relative(DIST, file))).filter(Boolean)).toEqual([])
  })

  it('would catch ES2020 syntax', () => {
    expect(es2019Failure('var lang = options?.lang ?? "zh"', 'probe.js')).toMatch(/^probe\.js: Unexpected token/)
  })
})
