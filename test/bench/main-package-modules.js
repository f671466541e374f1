// The largest modules in the weapp main package, in minified bytes: each byte of the main
// package's JavaScript is attributed to its source module through the build's source maps
// (the bench builds with BJ_MODULE_SIZES=1, which turns them on).
const fs = require('fs')
const path = require('path')
const { SourceMapConsumer } = require('source-map-js')

const DIST = path.resolve(__dirname, '../../dist/weapp')

function jsFiles(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) jsFiles(full, found)
    else if (full.endsWith('.js')) found.push(full)
  }
  return found
}

/**
 * Taro's source names flatten the path, e.g. 'webpack://beipian-jijiu/._src_content_hotlines.ts'
 * ('.._src_…' for a Taro package's own sources): shown without the prefix and the leading dots.
 */
const moduleName = (source) =>
  source
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^\.+_?/, '')
    .replace(/\?.*$/, '')

/** [{ module, kb }] for the `count` largest modules of the main package (outside the subpackage roots). */
function largestMainModules(count = 10, dist = DIST) {
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || []).map((sub) => sub.root.replace(/\/$/, '') + '/')
  const bytes = {}
  for (const file of jsFiles(dist)) {
    const relative = path.relative(dist, file).split(path.sep).join('/')
    if (roots.some((root) => relative.startsWith(root)) || !fs.existsSync(`${file}.map`)) continue
    const lines = fs.readFileSync(file, 'utf8').split('\n')
    const mappings = []
    new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))).eachMapping((mapping) => mappings.push(mapping))
    mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn)
    mappings.forEach((mapping, index) => {
      const next = mappings[index + 1]
      const line = lines[mapping.generatedLine - 1] || ''
      const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length
      const name = mapping.source ? moduleName(mapping.source) : `(${relative}, unmapped)`
      bytes[name] = (bytes[name] || 0) + Buffer.byteLength(line.slice(mapping.generatedColumn, end))
    })
  }
  return Object.entries(bytes)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([module, size]) => ({ module, kb: Math.round((size / 1024) * 10) / 10 }))
}

module.exports = { largestMainModules }
