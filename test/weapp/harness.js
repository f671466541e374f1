// Loads pages of the built weapp (dist/weapp) into miniprogram-simulate, with an in-memory `wx`
// that keeps WeChat's storage semantics and records the APIs the app calls.
// miniprogram-simulate only knows Component(), so each Page(config) is re-expressed as one.
const path = require('path')
const fs = require('fs')
const { createFakeWx } = require('../support/fake-wx')

const DIST = path.resolve(__dirname, '../../dist/weapp')

function assertBuilt() {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` (npm test does this first)')
  }
}

/**
 * Boots the built app once per test file and returns helpers.
 * `limits` sets the storage limits of the fake `wx`; `seed` fills its storage before the app starts.
 */
function bootWeapp({ limits, seed } = {}) {
  assertBuilt()
  const wx = createFakeWx(limits)
  seed?.(wx)
  global.wx = wx
  const simulate = require('miniprogram-simulate')
  // simulate merges its own stubs under ours; ours win.
  Object.assign(global.wx, wx)

  let app
  const pages = []
  /** Every setData payload, per page route, in bytes of JSON: WeChat sends these to the render layer. */
  const setDataBytes = {}
  global.App = (options) => {
    app = options
  }
  global.getApp = () => app
  global.getCurrentPages = () => pages
  global.Page = (options) => {
    const methods = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    global.Component({
      data: options.data || {},
      methods,
      lifetimes: {
        attached() {
          const original = this.setData.bind(this)
          this.setData = (data, callback) => {
            const route = this.route || 'unknown'
            ;(setDataBytes[route] ??= []).push(Buffer.byteLength(JSON.stringify(data), 'utf8'))
            return original(data, callback)
          }
          pages.push(this)
          this.onLoad?.(this.__query || {})
          this.onShow?.()
          this.onReady?.()
        },
        detached() {
          this.onUnload?.()
          pages.splice(pages.indexOf(this), 1)
        },
      },
    })
  }

  require(path.join(DIST, 'app.js'))
  app.onLaunch?.({ path: 'pages/index/index', query: {}, scene: 1001 })
  app.onShow?.({ path: 'pages/index/index', query: {}, scene: 1001 })

  // A page's js runs once per test file (the module cache keeps it), so its component is registered once.
  const loaded = {}

  /** The page on screen: opening another closes it, so the page stack stays as short as a user's. */
  let onScreen = null

  /**
   * Loads, renders and attaches one page, e.g. 'pages/index/index', closing the one before (a test
   * that opened a dozen pages would otherwise pass WeChat's limit of 10). Clears the recorded calls.
   */
  async function openPage(route, query = {}) {
    onScreen?.detach()
    loaded[route] ??= simulate.load(path.join(DIST, route), { rootPath: DIST, compiler: 'official' })
    wx.__calls.length = 0
    const page = simulate.render(loaded[route])
    page.instance.route = route
    page.instance.__query = query
    const parent = document.createElement('parent-wrapper')
    page.attach(parent)
    onScreen = page
    await settle()
    return page
  }

  /** Lets React's scheduler and Taro's batched setData run. */
  async function settle(times = 5) {
    for (let i = 0; i < times; i += 1) await simulate.sleep(20)
  }

  /** Taps the element with this id and waits for the app to react. */
  async function tap(page, id) {
    const node = page.querySelector(`#${id}`)
    if (!node) throw new Error(`#${id} is not on the page`)
    node.dispatchEvent('tap')
    await settle()
  }

  /** Types into an input or textarea, as WeChat's bindinput delivers it. */
  function type(page, id, value) {
    const node = page.querySelector(`#${id}`)
    if (!node) throw new Error(`#${id} is not on the page`)
    node.dispatchEvent('input', { detail: { value } })
  }

  /**
   * The attributes WeChat's renderer received for the element with this id, by their WXML names
   * (aria-role, aria-label: what a screen reader is told). Read from the simulated node's template
   * attributes, which it keeps camel-cased; the DOM it draws shows only the attributes it styles.
   */
  function attributesOf(page, id) {
    const node = page.querySelector(`#${id}`)
    if (!node) throw new Error(`#${id} is not on the page`)
    const attrs = node._exparserNode?._vt?.attrs
    if (!Array.isArray(attrs)) throw new Error("miniprogram-simulate no longer keeps a node's template attributes in _vt.attrs")
    const dashed = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    return Object.fromEntries(attrs.map((attr) => [dashed(attr.name), attr.value]))
  }

  const callsTo = (api) => wx.__calls.filter((call) => call.api === api).map((call) => call.options)

  return { wx, simulate, openPage, tap, type, settle, callsTo, attributesOf, setDataBytes, DIST }
}

module.exports = { bootWeapp, DIST }
