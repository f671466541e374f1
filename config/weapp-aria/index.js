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
      if (!platform.template) return
      platform.template.mergeComponents(ctx, ARIA_COMPONENTS)
      platform.runtimePath = [].concat(platform.runtimePath, path.join(__dirname, 'runtime.js'))
    },
  })
}
