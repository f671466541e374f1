/**
 * @jest-environment jsdom
 */
// WeChat has no recursive templates: Taro draws each nesting level with its own template in
// base.wxml, and sends anything deeper through a slower custom component. config/index.ts keeps
// few levels (baseLevel) to save main-package space; every page must still fit in them.
const fs = require('fs')
const path = require('path')
const { bootWeapp } = require('./harness')

const weapp = bootWeapp()
const app = JSON.parse(fs.readFileSync(path.join(weapp.DIST, 'app.json'), 'utf8'))
const routes = [...app.pages, ...app.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]

/** The level from which utils.wxs hands nodes to the custom component. */
const templateLevels = Number(/if \(l >= (\d+)\)/.exec(fs.readFileSync(path.join(weapp.DIST, 'utils.wxs'), 'utf8'))[1])

/** Templates base.wxml draws at level 0 (config/weapp-aria leaves out the ones no screen uses). */
const templates = new Set(
  [...fs.readFileSync(path.join(weapp.DIST, 'base.wxml'), 'utf8').matchAll(/<template name="tmpl_0_([^"_]+)/g)].map((match) => match[1]),
)

/** Every node type (Taro's short alias, `nn`) drawn under a node. */
function nodeTypes(node, found = new Set()) {
  for (const child of node.cn || []) {
    found.add(child.nn)
    nodeTypes(child, found)
  }
  return found
}

/** Levels used under the page root: its children are level 0. */
function levels(node) {
  const children = node.cn || []
  return children.length ? 1 + Math.max(...children.map(levels)) : 0
}

describe('template levels', () => {
  it.each(routes)('%s fits in the templates', async (route) => {
    const page = await weapp.openPage(route, route.includes('emergency') ? { variant: 'scammed' } : {})
    expect(levels(page.instance.data.root)).toBeLessThanOrEqual(templateLevels)
  })

  it.each(routes)('%s draws only nodes that have a template', async (route) => {
    const page = await weapp.openPage(route, route.includes('emergency') ? { variant: 'scammed' } : {})
    expect([...nodeTypes(page.instance.data.root)].filter((type) => !templates.has(type))).toEqual([])
  })
})
