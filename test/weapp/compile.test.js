// Every WXML and WXSS of the production weapp build must compile with WeChat's own compilers.
const fs = require('fs')
const path = require('path')
const { spawnSync } = require('child_process')
const compiler = require('miniprogram-compiler')
const { DIST } = require('./harness')

const WCSC = require.resolve('miniprogram-compiler/bin/linux/wcsc')

function filesWith(ext, dir = DIST, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) filesWith(ext, full, found)
    else if (entry.name.endsWith(ext)) found.push(path.relative(DIST, full))
  }
  return found
}

describe('weapp build compiles with WeChat compilers', () => {
  beforeAll(() => {
    fs.chmodSync(WCSC, 0o755)
    fs.chmodSync(require.resolve('miniprogram-compiler/bin/linux/wcc'), 0o755)
  })

  it('has every page the app registers', () => {
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
    const pages = [...app.pages, ...app.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) expect(fs.existsSync(path.join(DIST, page + ext))).toBe(true)
    }
    // WeChat search may index only pages that hold none of the user's own data.
    const sitemap = JSON.parse(fs.readFileSync(path.join(DIST, app.sitemapLocation), 'utf8'))
    const indexable = sitemap.rules.filter((rule) => rule.action === 'allow').map((rule) => rule.page)
    expect(indexable.every((page) => pages.includes(page))).toBe(true)
    for (const personal of ['pages/evidence/index', 'pages/reminders/index', 'case/pages/report/index'])
      expect(indexable).not.toContain(personal)
    expect(sitemap.rules.at(-1)).toEqual({ action: 'disallow', page: '*' })
  })

  it('compiles every WXML with wcc', () => {
    expect(filesWith('.wxml').length).toBeGreaterThan(4)
    expect(() => compiler.wxmlToJs(DIST)).not.toThrow()
  })

  it('compiles every WXSS with wcsc', () => {
    const files = filesWith('.wxss')
    expect(files.length).toBeGreaterThan(4)
    // One run over all files, so app.wxss can resolve its @import of the others.
    const result = spawnSync(WCSC, ['-lc', ...files], { cwd: DIST })
    expect({ status: result.status, stderr: result.stderr.toString() }).toEqual({ status: 0, stderr: '' })
  })

  it('catches broken WXSS, so the check above can fail', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'wcsc-'))
    fs.writeFileSync(path.join(dir, 'bad.wxss'), '.a { color: red;\n .b {\n')
    const result = spawnSync(WCSC, ['-lc', 'bad.wxss'], { cwd: dir })
    expect(result.status).not.toBe(0)
  })
})
