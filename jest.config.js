// Dates are shown as people in China read them, whatever the machine's zone. Set here, before
// jest starts its workers, because Node reads TZ once.
process.env.TZ = 'Asia/Shanghai'

// Four layers, one runner: `npm test` runs them all (see test/run-all.js, which builds first).
const ESM_PACKAGES = [
  '@tarojs',
  '@stencil',
  'swiper',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'nanoid',
  'tslib',
  'style-inject',
]

const source = {
  clearMocks: true,
  transform: { '^.+\\.(m?js|jsx|tsx?)$': 'babel-jest' },
  // Anything under one of these packages is transformed, even in their own nested node_modules.
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_PACKAGES.join('|')})/).*/node_modules/`],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': 'identity-obj-proxy',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/support/taro-shim.js',
  },
  setupFiles: ['<rootDir>/test/support/jest-globals.js'],
  setupFilesAfterEnv: ['<rootDir>/test/support/console-guard.js'],
}

/**
 * Taro builds `x.h5.ts` instead of `x.ts` for the browser. Jest does the same when the h5 extensions
 * come first: the browser projects below test the H5 side of every platform seam, and `unit`
 * tests WeChat's side (the plain files).
 */
const h5 = { moduleFileExtensions: ['h5.ts', 'h5.tsx', 'ts', 'tsx', 'js', 'jsx', 'json'] }

module.exports = {
  projects: [
    {
      ...source,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.h5\\.test\\.ts$'],
    },
    { ...source, ...h5, displayName: 'unit-h5', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/unit/**/*.h5.test.ts'] },
    {
      ...source,
      ...h5,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
    },
    { displayName: 'weapp', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/weapp/**/*.test.js'] },
    { displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.js'] },
    // Benchmarks: run only by `npm run bench` (test/bench/run.js), never by `npm test`.
    { ...source, displayName: 'bench', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/bench/**/*.bench.[jt]s'] },
  ],
}
