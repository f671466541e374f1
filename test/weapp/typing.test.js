/**
 * @jest-environment jsdom
 */
// Typing in 大字模式 on the built weapp: the note's 说明 grows with its text (auto-height) and its
// compiled font size, at the page's 1.6× scale, is at least 20 CSS px on a 375-px-wide phone.
const fs = require('fs')
const path = require('path')
const { bootWeapp, DIST } = require('./harness')

const weapp = bootWeapp({
  seed: (wx) => wx.setStorageSync('bj.display', { state: { textSize: 'large' }, version: 1 }),
})

/** The compiled rule for a class, from every WXSS in the build. */
function compiledRule(className) {
  const sheets = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.wxss')) sheets.push(fs.readFileSync(full, 'utf8'))
    }
  }
  walk(DIST)
  const match = sheets.join('\n').match(new RegExp(`\\.${className}\\{([^}]*)\\}`))
  return match?.[1] ?? ''
}

/** The node Taro renders for an element id, in the page's data tree. */
function findNode(tree, id) {
  if (!tree || typeof tree !== 'object') return undefined
  if (tree.uid === id) return tree
  for (const value of Object.values(tree)) {
    const found = findNode(value, id)
    if (found) return found
  }
  return undefined
}

/** rpx to CSS px on a phone 375 px wide (750 rpx). */
const rpxToPx = (rpx) => (rpx * 375) / 750

describe('typing on the built weapp in 大字模式', () => {
  it('grows the note’s 说明 with its text, at 20 CSS px or more', async () => {
    const page = await weapp.openPage('case/pages/evidence-edit/index')
    expect(page.querySelector('#evidence-text')).toBeTruthy()
    // WeChat's textarea grows with its lines only with auto-height: the compiled template binds it to
    // one short key of the node's data, and the node sets that key.
    const key = /<textarea [^>]*auto-height="\{\{xs\.b\(i\.(\w+),!1\)\}\}"/.exec(fs.readFileSync(path.join(DIST, 'base.wxml'), 'utf8'))?.[1]
    const node = findNode(page.instance.data, 'evidence-text')
    expect(key && node?.[key]).toBe(true)
    // The page scales text by --bj-font-scale; the textarea's own rule multiplies its rpx by it.
    const scale = Number(/--bj-font-scale:\s*([\d.]+)/.exec(page.querySelector('.bj-page').dom.getAttribute('style'))?.[1])
    expect(scale).toBeGreaterThanOrEqual(1.6)
    const rule = compiledRule('bj-field__textarea--tall')
    const base = Number(/font-size:calc\(([\d.]+)rpx\*var\(--bj-font-scale/.exec(rule)?.[1])
    expect(rpxToPx(base * scale)).toBeGreaterThanOrEqual(20)
    expect(rule).not.toMatch(/(^|;)height:/)
  })
})
