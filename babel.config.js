// babel-preset-taro serves both the Taro build and jest (NODE_ENV=test gives CommonJS).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
