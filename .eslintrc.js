// Lint enforces the layering in ../shared/design/architecture.md:
//   lib, content, platform, components → features → pages
// and keeps Taro's APIs inside src/platform (page hooks such as useRouter are fine anywhere).
const TARO_API_MESSAGE =
  'Call Taro and wx APIs only from src/platform/, behind a typed wrapper. Pages may import hooks (useRouter, useDidShow, …).'

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  env: { es2022: true, node: true, browser: true, jest: true },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended',
  ],
  settings: {
    react: { version: '18.3' },
    'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
  },
  globals: { APP_VERSION: 'readonly', defineAppConfig: 'readonly', definePageConfig: 'readonly', wx: 'readonly' },
  rules: {
    'react/prop-types': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: '@tarojs/taro', importNames: ['default'], message: TARO_API_MESSAGE }],
        patterns: [{ group: ['@tarojs/taro'], importNamePattern: '^(?!use[A-Z]|default$)', message: TARO_API_MESSAGE }],
      },
    ],
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './src/lib', from: ['./src/features', './src/pages', './src/components', './src/platform', './src/content'] },
          { target: './src/content', from: ['./src/features', './src/pages', './src/components', './src/platform'] },
          { target: './src/platform', from: ['./src/features', './src/pages', './src/components'] },
          { target: './src/components', from: ['./src/features', './src/pages'] },
          { target: './src/features', from: ['./src/pages'] },
          // The warning card carries no personal data: it may not read the case file, calls, reminders or plan.
          {
            target: ['./src/features/warning-card', './src/share'],
            from: ['./src/features/evidence', './src/features/calls', './src/features/reminders', './src/features/emergency'],
            message: 'The warning card must not read the case file or anything personal.',
          },
        ],
      },
    ],
  },
  overrides: [
    {
      files: ['src/platform/**/*.ts'],
      rules: { 'no-restricted-imports': 'off' },
    },
    {
      files: ['test/**/*.js', 'config/**/*.ts', '*.js'],
      rules: { '@typescript-eslint/no-var-requires': 'off', '@typescript-eslint/no-require-imports': 'off' },
    },
    {
      // The test shim stands in for Taro itself.
      files: ['test/**/*'],
      rules: { 'no-restricted-imports': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/'],
}
