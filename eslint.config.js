// Lint enforces the layout in ../shared/design/architecture.md, so it is a rule and not a memory:
//   lib, content, platform → persistence → services → ui → features → pages
// - Features stand side by side. Two building blocks one floor down (calls: dialling with its call
//   log; hotlines: the directory) may be used by any feature and import no feature but calls.
// - features/case is the one feature that reads the others, through their index.ts.
// - Pages, and features using another feature, import it only through its index.ts.
// - The warning card and the page a recipient opens import nothing that holds personal data. The
//   sender's card page may read the family contact's name, for its 「发给女儿」 label only.
// - Only src/platform/ touches Taro's APIs, wx, or the browser's globals.
// test/unit/lint/zones.test.ts lints a forbidden import for each zone and expects it to fail.
const js = require('@eslint/js')
const tseslint = require('typescript-eslint')
const react = require('eslint-plugin-react')
const reactHooks = require('eslint-plugin-react-hooks')
const boundaries = require('eslint-plugin-boundaries')
const esx = require('eslint-plugin-es-x')
const globals = require('globals')

const TARO_API_MESSAGE =
  'Call Taro and wx APIs only from src/platform/, behind a typed wrapper. Pages may import hooks (useRouter, useDidShow, …).'
const PLATFORM_GLOBAL = 'only src/platform/ may touch it, behind a typed wrapper that returns a result.'

// A tapped View is a control only to the eye: a screen reader learns what it is from its role and
// what it does from its label (config/weapp-aria carries both into the WeChat build as aria-role
// and aria-label). TapButton, Chip and CellLink do this once; a bare View or Image that is tapped
// says it itself.
const TAPPED = "JSXOpeningElement[name.name=/^(View|Image)$/]:has(JSXAttribute[name.name='onClick'])"
const TAP_TARGETS = [
  {
    selector: `${TAPPED}:not(:has(JSXAttribute[name.name='role']))`,
    message: 'A tapped View needs a role (button, link, checkbox, …) for screen readers.',
  },
  {
    selector: `${TAPPED}:not(:has(JSXAttribute[name.name='aria-label']))`,
    message: 'A tapped View needs an aria-label that says what the tap does.',
  },
  {
    selector: "JSXAttribute[name.name='catchMove']",
    message: "catchMove draws a View with WeChat's catch-view template, which config/weapp-aria leaves out of the build.",
  },
  {
    selector: "JSXOpeningElement[name.name='ScrollView']",
    message: "config/weapp-aria leaves WeChat's scroll-view template out of the build (13 KB of the main package): let the page scroll.",
  },
  {
    selector: "JSXOpeningElement[name.name='Text']:has(JSXAttribute[name.name='onClick'])",
    message: 'Tap a View (or TapButton), not a Text: only View and Image carry aria-role and aria-label into the WeChat build.',
  },
]

/** Element types, most specific first: a file belongs to the first folder pattern it sits in. */
const ELEMENTS = [
  // The H5 preloader imports a page's code the way Taro's router does, and nothing else from pages.
  { type: 'page-preload', pattern: 'src/platform/preload.h5.ts', mode: 'file' },
  { type: 'platform', pattern: 'src/platform', mode: 'folder' },
  { type: 'lib', pattern: 'src/lib', mode: 'folder' },
  { type: 'content', pattern: 'src/content', mode: 'folder' },
  { type: 'persistence', pattern: 'src/persistence', mode: 'folder' },
  { type: 'services', pattern: 'src/services', mode: 'folder' },
  { type: 'ui', pattern: 'src/ui', mode: 'folder' },
  { type: 'styles', pattern: 'src/styles', mode: 'folder' },
  { type: 'calls', pattern: 'src/features/calls', mode: 'folder' },
  { type: 'hotlines', pattern: 'src/features/hotlines', mode: 'folder' },
  { type: 'case', pattern: 'src/features/case', mode: 'folder' },
  { type: 'warning-card', pattern: 'src/features/warning-card', mode: 'folder' },
  { type: 'feature', pattern: 'src/features/*', mode: 'folder', capture: ['name'] },
  { type: 'share-page', pattern: 'src/share/pages/view', mode: 'folder' },
  { type: 'page', pattern: 'src/pages/*', mode: 'folder' },
  { type: 'page', pattern: 'src/*/pages/*', mode: 'folder' },
  { type: 'app', pattern: 'src/app*', mode: 'file' },
]

const FOUNDATIONS = ['lib', 'content', 'platform', 'persistence', 'services', 'ui', 'styles']
const FEATURE_LIKE = ['calls', 'hotlines', 'case', 'warning-card', 'feature']

const DEPENDENCIES = [
  { from: 'lib', allow: ['lib'] },
  { from: 'content', allow: ['content', 'lib'] },
  { from: 'platform', allow: ['platform', 'lib'] },
  { from: 'page-preload', allow: ['lib', 'page'] },
  // Persistence: versioned records, migration, commit and rollback over the device's storage; no device API of its own.
  { from: 'persistence', allow: ['platform', 'lib'] },
  // Services act (navigation, export, save feedback, the text-size store, drafts); they draw nothing.
  { from: 'services', allow: ['services', 'persistence', 'platform', 'lib', 'content'] },
  // UI building blocks draw; they may use services, never the other way round.
  { from: 'ui', allow: ['ui', 'services', 'persistence', 'platform', 'lib', 'content', 'styles'] },
  { from: 'styles', allow: ['styles'] },
  // The building blocks one floor down: calls imports no feature; hotlines may use calls.
  { from: 'calls', allow: [...FOUNDATIONS] },
  { from: 'hotlines', allow: [...FOUNDATIONS, 'calls'] },
  { from: 'feature', allow: [...FOUNDATIONS, 'calls', 'hotlines'] },
  { from: 'case', allow: [...FOUNDATIONS, 'calls', 'hotlines', 'feature'] },
  // No evidence, calls, plan answers or owner names: only the directory's verified numbers.
  { from: 'warning-card', allow: [...FOUNDATIONS, 'hotlines'] },
  { from: 'share-page', allow: [...FOUNDATIONS, 'warning-card'] },
  { from: 'page', allow: [...FOUNDATIONS, ...FEATURE_LIKE] },
  { from: 'app', allow: [...FOUNDATIONS, 'feature', 'app'] },
]

module.exports = tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/e2e/screenshots/', 'test/bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { 'react-hooks': reactHooks } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { react },
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        APP_VERSION: 'readonly',
        defineAppConfig: 'readonly',
        definePageConfig: 'readonly',
        wx: 'readonly',
      },
    },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/prop-types': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The weapp claims iOS 12 (JavaScriptCore, ES2019). Babel lowers newer syntax, but no transpiler
    // can rewrite a regex lookbehind (Safari 16.4+): on iOS 12 to 16.3 the whole script fails to load.
    // test/weapp/syntax.test.js checks the built scripts themselves.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'es-x': esx },
    rules: { 'es-x/no-regexp-lookbehind-assertions': 'error' },
  },
  // The app's screens; the bench's baseline app stays the bare Taro app it measures against.
  { files: ['src/**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...TAP_TARGETS] } },
  {
    // Promises the user is waiting on must be awaited or handled, and every case of a union handled.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**/*'],
      // import() crosses a zone as much as import does.
      'boundaries/dependency-nodes': ['import', 'dynamic-import'],
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      'boundaries/element-types': ['error', { default: 'disallow', rules: DEPENDENCIES }],
      // From outside, a feature is reached only through its index.ts.
      'boundaries/entry-point': [
        'error',
        {
          default: 'disallow',
          rules: [
            { target: [...FOUNDATIONS, 'app'], allow: '**' },
            { target: FEATURE_LIKE, allow: 'index.ts' },
            { target: ['page'], allow: 'index.tsx' },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@tarojs/taro', importNames: ['default'], message: TARO_API_MESSAGE }],
          patterns: [{ group: ['@tarojs/taro'], importNamePattern: '^(?!use[A-Z]|default$)', message: TARO_API_MESSAGE }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['wx', 'localStorage', 'sessionStorage', 'navigator', 'document', 'window'].map((name) => ({
          name,
          message: `${name}: ${PLATFORM_GLOBAL}`,
        })),
      ],
    },
  },
  {
    // A screen's function stays readable on one screen: split a longer one into named parts (issue 25).
    files: ['src/**/*.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['test/**/*.{js,ts,tsx}', 'config/**/*.{js,ts}', 'scripts/**/*.js', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off', '@typescript-eslint/no-var-requires': 'off' },
  },
)
