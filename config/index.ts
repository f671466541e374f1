import net from 'net'
import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { renderFirstScreen } from './first-screen'
import { HOME_ENTRY, HOTLINES, callLabel } from './app-content'
import devConfig from './dev'
import prodConfig from './prod'

const isH5 = process.env.TARO_ENV === 'h5'
/**
 * `npm run bench` builds the minimal app in test/bench/baseline/ with this same config, so every
 * timing can be given as a ratio to what the framework itself needs.
 */
const isBaseline = process.env.BJ_BENCH_BASELINE === '1'
const DEV_PORT = 10086

/** Whether something already listens on the port: the dev server would otherwise move to another one silently. */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(true))
    probe.once('listening', () => probe.close(() => resolve(false)))
    probe.listen(port, '127.0.0.1')
  })
}

export default defineConfig<'webpack5'>(async (merge, { command, mode }) => {
  if (isH5 && process.argv.includes('--watch') && (await portInUse(DEV_PORT))) {
    console.error(`\n端口 ${DEV_PORT} 已被占用（可能已经开着一个预览）。请先关掉它，或结束占用该端口的程序后再运行 npm start。\n`)
    process.exit(1)
  }
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'beipian-jijiu',
    // WeChat has no recursive templates, so Taro writes one template per nesting level into
    // base.wxml (16 by default); deeper nodes go through a small component instead. The app's pages
    // nest 6 deep at most, so 8 levels keep every page on templates and the main package 22 KB smaller.
    baseLevel: 8,
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: isBaseline ? 'test/bench/baseline/src' : 'src',
    // Separate folders so an H5 build never overwrites the weapp build that DevTools has open.
    outputRoot: `dist/${isBaseline ? 'baseline-' : ''}${isH5 ? 'h5' : 'weapp'}`,
    // WeChat's screen readers read aria-role and aria-label, which Taro's weapp templates leave out.
    plugins: isH5 ? [] : [path.resolve(__dirname, 'weapp-aria/index.js')],
    defineConstants: {
      APP_VERSION: JSON.stringify(process.env.npm_package_version ?? '0.1.0'),
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: isH5 || isBaseline ? [] : [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes):
    // the content is mostly Chinese, and the weapp main package has a size budget.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // Taro's babel skips node_modules, and valibot ships optional chaining and `??` (ES2020), which
      // iOS 12's JavaScriptCore cannot parse: the whole vendors.js, 110 included, would fail to load.
      // test/weapp/syntax.test.js parses every built script at ES2019.
      compile: { include: [(file: string) => /node_modules[\\/]valibot[\\/]/.test(file)] },
      // Component styles are scoped by their BEM prefix, so their order across chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // Source maps only for `npm run bench`, which uses them to list the largest modules in the main package.
      enableSourceMap: process.env.BJ_MODULE_SIZES === '1',
      sourceMapType: 'source-map',
      webpackChain(chain) {
        // WeChat's engines run ES2017 (babel.config.js targets them): webpack's own wrapper around
        // each module can be an arrow function too, about 10 bytes less per module.
        chain.output.merge({ environment: { arrowFunction: true, const: true, destructuring: true, forOf: true } })
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      // src/index.html puts these in the page: a working first screen before the app has loaded.
      // src/index.html places the styles and scripts itself: the app's scripts start only after its
      // static first screen has been drawn. The baseline app keeps Taro's default page.
      htmlPluginOption: isBaseline
        ? {}
        : { inject: false, templateParameters: { firstScreen: renderFirstScreen(HOME_ENTRY, HOTLINES, callLabel) } },
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      devServer: { host: '127.0.0.1', port: DEV_PORT, open: false },
      webpackChain(chain) {
        // Taro splits only the initial chunks, so every page carried its own copy of the shared
        // libraries. Splitting async chunks too means a tab opens without re-running them; the
        // minimum size keeps small modules inline instead of one request each.
        const split = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({
          ...split,
          chunks: 'all',
          minSize: 20000,
          cacheGroups: {
            ...split.cacheGroups,
            // All styles in one file, in one order. Split per page, a small shared sheet (the
            // buttons') was copied into each page's CSS, and a page loaded later re-applied it over
            // home's own rules: 「我被骗了」 shrank from 110 to 44 px once the emergency page had loaded.
            styles: { name: 'styles', type: 'css/mini-extract', chunks: 'all', enforce: true, priority: 100 },
          },
        })
        // webpack's generic 244 KiB hint says nothing about this app: the budgets that matter
        // (start-up time, package sizes) are measured by `npm run bench` against test/bench/budgets.json.
        chain.performance.hints(false)
      },
    },
  }
  if (process.env.NODE_ENV === 'development' || (command === 'build' && mode === 'development')) {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
