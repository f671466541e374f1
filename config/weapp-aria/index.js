// A Taro build plugin that carries ARIA attributes into the WeChat build. It does what
// @tarojs/plugin-inject does for components (that package stops at 4.1.11 and pins @tarojs/shared
// 4.1.11 as a peer, against this project's 4.2.1), and only that: the templates in base.wxml gain the
// attributes at build time, and runtime.js teaches Taro's runtime their short data names.
const path = require('path')
const { ARIA_COMPONENTS } = require('./attributes')

const CONTROL_STATES = /^aria-(disabled|checked|expanded)$/

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform.template
      if (!template) return
      template.mergeComponents(ctx, ARIA_COMPONENTS)
      // Taro writes View's attributes into several templates per nesting level (8 levels), so each
      // attribute costs its bytes eight times over in base.wxml, in the main package. static-view draws a
      // View nothing taps, which has a role and a label to read but no state (disabled, checked,
      // expanded) of a control: 2.4 KB saved. Two templates Taro always writes are not needed at all
      // (eslint.config.js forbids what would draw them): catch-view draws a View with catchMove, and
      // scroll-view a ScrollView, which no screen uses (pages scroll as pages). 13 KB saved.
      const createMiniComponents = template.createMiniComponents.bind(template)
      template.createMiniComponents = (components) => {
        const result = createMiniComponents(components)
        for (const unused of ['catch-view', 'scroll-view']) delete result[unused]
        for (const name of Object.keys(result['static-view'] || {})) if (CONTROL_STATES.test(name)) delete result['static-view'][name]
        return result
      }
      platform.runtimePath = [].concat(platform.runtimePath, path.join(__dirname, 'runtime.js'))
    },
  })
}
