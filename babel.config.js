// babel-preset-taro serves both the Taro build and jest (NODE_ENV=test gives CommonJS).
// Build targets: WeChat 8 needs iOS 12 or later, whose JavaScriptCore runs ES2017 (classes, arrow
// functions, async/await) natively; on Android, WeChat brings its own recent V8. Compiling down to
// ES5 (the preset's default, iOS 9) only made the main package larger and slower to start.
// Tests run on Node as it is: code handed to the browser by page.evaluate must not need helpers.
const targets = process.env.NODE_ENV === 'test' ? { node: 'current' } : { ios: '12', chrome: '70' }

module.exports = {
  // \`a?.b\` and \`a ?? b\` become \`a == null ? …\` rather than a test against null and undefined apart:
  // the two differ only for document.all, which no code here touches. 1 KB of the main package, 2.6 in all.
  assumptions: { noDocumentAll: true },
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', targets }]],
}
