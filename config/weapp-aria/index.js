// A Taro build plugin that carries ARIA attributes into the WeChat build. It does what
// @tarojs/plugin-inject does for components (that package stops at 4.1.11 and pins @tarojs/shared
// 4.1.11 as a peer, against this project's 4.2.1), and only that: the templates in base.wxml gain the
// attributes at build time, and runtime.js teaches Taro's runtime their short data names.
const path = require('path')
const { ARIA_COMPONENTS } = require('./attributes')

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform.template
      if (!template) return
      template.mergeComponents(ctx, ARIA_COMPONENTS)
      // Taro copies View's attributes into a catch-view template per level, for a View with
      // catchMove. No screen uses catchMove (eslint.config.js forbids it), so those copies would only
      // add 1.8 KB to base.wxml.
      const createMiniComponents = template.createMiniComponents.bind(template)
      template.createMiniComponents = (components) => {
        const result = createMiniComponents(components)
        const catchView = result['catch-view'] || {}
        for (const name of Object.keys(catchView)) if (name.startsWith('aria-')) delete catchView[name]
        return result
      }
      platform.runtimePath = [].concat(platform.runtimePath, path.join(__dirname, 'runtime.js'))
    },
  })
}
