// Sizes of the weapp build as WeChat counts them: the main package is everything outside the subpackage roots.
const fs = require('fs')
const path = require('path')

const DIST = path.resolve(__dirname, '../../dist/weapp')
// DevTools' own settings, not part of any package.
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json'])

function listFiles(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) listFiles(full, found)
    else found.push(full)
  }
  return found
}

/** { mainKb, totalKb, subpackagesKb: { root: kb } } for a weapp build (dist/weapp unless told). */
function measureWeapp(dist = DIST) {
  if (!fs.existsSync(path.join(dist, 'app.json')))
    throw new Error(`${path.relative(process.cwd(), dist)} is missing: run \`npm run build:weapp\` first`)
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  const roots = (app.subPackages || app.subpackages || []).map((sub) => sub.root.replace(/\/$/, '') + '/')
  const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10
  let main = 0
  let total = 0
  const subpackages = Object.fromEntries(roots.map((root) => [root, 0]))
  for (const file of listFiles(dist)) {
    const relative = path.relative(dist, file).split(path.sep).join('/')
    // Source maps exist only in the bench's build, to list modules; they are never uploaded.
    if (NOT_UPLOADED.has(relative) || relative.endsWith('.map')) continue
    const size = fs.statSync(file).size
    total += size
    const root = roots.find((candidate) => relative.startsWith(candidate))
    if (root) subpackages[root] += size
    else main += size
  }
  return {
    weappMainKb: kb(main),
    weappTotalKb: kb(total),
    subpackagesKb: Object.fromEntries(Object.entries(subpackages).map(([root, size]) => [root, kb(size)])),
  }
}

module.exports = { measureWeapp }
