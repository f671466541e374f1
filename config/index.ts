import path from 'path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

const isH5 = process.env.TARO_ENV === 'h5'

export default defineConfig<'webpack5'>(async (merge, { command, mode }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'beipian-jijiu',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Separate folders so an H5 build never overwrites the weapp build that DevTools has open.
    outputRoot: isH5 ? 'dist/h5' : 'dist/weapp',
    plugins: [],
    defineConstants: {
      APP_VERSION: JSON.stringify(process.env.npm_package_version ?? '0.1.0'),
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Keep Chinese text as UTF-8 (3 bytes a character) instead of \uXXXX escapes (6 bytes):
    // the content is mostly Chinese, and the weapp main package has a size budget.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // Component styles are scoped by their BEM prefix, so their order across chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
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
      devServer: { host: '127.0.0.1', port: 10086, open: false },
      webpackChain(chain) {
        // Taro splits only the initial chunks, so every page carried its own copy of the shared
        // libraries. Splitting async chunks too means a tab opens without re-running them; the
        // minimum size keeps small modules inline instead of one request each.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all', minSize: 20000 })
      },
    },
  }
  if (process.env.NODE_ENV === 'development' || (command === 'build' && mode === 'development')) {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
