/**
 * @jest-environment node
 */
// Each zone of the layout, proved by linting a file that breaks it: the lint must fail with the
// rule that guards that zone. Files are linted as text at a path inside src/, never written.
import path from 'path'
import { ESLint } from 'eslint'

// The project's own config, handed over directly: jest cannot run ESLint's dynamic config import.
const config = require('../../../eslint.config.js')
const root = path.resolve(__dirname, '../../..')
// The probe files exist only as text, so the type-aware rules read them through the default project.
const probes = {
  files: ['**/zone-probe.ts', '**/zone-probe.tsx'],
  languageOptions: {
    parserOptions: {
      projectService: {
        allowDefaultProject: ['src/*/zone-probe.ts', 'src/*/*/zone-probe.ts', 'src/*/*/zone-probe.tsx', 'src/*/*/*/zone-probe.tsx'],
        defaultProject: 'tsconfig.json',
        maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 40,
      },
      tsconfigRootDir: root,
    },
  },
}
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [...config, probes] })

async function rulesBrokenBy(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(root, filePath) })
  return result.messages.map((message) => message.ruleId ?? message.message)
}

jest.setTimeout(60_000)

describe('import zones', () => {
  it.each([
    [
      'a feature imports another feature',
      'src/features/evidence/zone-probe.ts',
      "import { useReminders } from '@/features/reminders'\nexport const probe = useReminders",
      'boundaries/element-types',
    ],
    [
      'the case reads a feature past its index',
      'src/features/case/zone-probe.ts',
      "import { useEvidence } from '@/features/evidence/store'\nexport const probe = useEvidence",
      'boundaries/entry-point',
    ],
    [
      'a page imports a feature past its index',
      'src/pages/index/zone-probe.tsx',
      "import { useEmergency } from '@/features/emergency/store'\nexport const probe = useEmergency",
      'boundaries/entry-point',
    ],
    [
      'a subpackage page imports a feature past its index',
      'src/case/pages/plan/zone-probe.tsx',
      "import { usePlan } from '@/features/plan/store'\nexport const probe = usePlan",
      'boundaries/entry-point',
    ],
    [
      'content imports a feature',
      'src/content/zone-probe.ts',
      "import { dial } from '@/features/calls'\nexport const probe = dial",
      'boundaries/element-types',
    ],
    [
      'lib imports the platform',
      'src/lib/zone-probe.ts',
      "import { readKey } from '@/platform/storage'\nexport const probe = readKey",
      'boundaries/element-types',
    ],
    [
      'the platform imports a feature',
      'src/platform/zone-probe.ts',
      "import { useCallLog } from '@/features/calls'\nexport const probe = useCallLog",
      'boundaries/element-types',
    ],
    [
      'the platform imports a page with import()',
      'src/platform/zone-probe.ts',
      "export const probe = () => import('@/pages/index/index')",
      'boundaries/element-types',
    ],
    [
      'a building block imports a feature',
      'src/features/calls/zone-probe.ts',
      "import { useEvidence } from '@/features/evidence'\nexport const probe = useEvidence",
      'boundaries/element-types',
    ],
    [
      'the warning card imports the plan',
      'src/features/warning-card/zone-probe.ts',
      "import { usePlan } from '@/features/plan'\nexport const probe = usePlan",
      'boundaries/element-types',
    ],
    [
      'the warning card imports the call log',
      'src/features/warning-card/zone-probe.ts',
      "import { useCallLog } from '@/features/calls'\nexport const probe = useCallLog",
      'boundaries/element-types',
    ],
    [
      'a share page imports the evidence',
      'src/share/pages/view/zone-probe.tsx',
      "import { useEvidence } from '@/features/evidence'\nexport const probe = useEvidence",
      'boundaries/element-types',
    ],
    [
      'a feature calls a Taro API',
      'src/features/plan/zone-probe.ts',
      "import Taro from '@tarojs/taro'\nexport const probe = () => Taro.getStorageSync('x')",
      'no-restricted-imports',
    ],
    ['a feature uses wx', 'src/features/plan/zone-probe.ts', "export const probe = () => wx.getStorageSync('x')", 'no-restricted-globals'],
    [
      'a feature uses localStorage',
      'src/features/plan/zone-probe.ts',
      "export const probe = () => localStorage.getItem('x')",
      'no-restricted-globals',
    ],
    [
      'a feature uses navigator',
      'src/features/plan/zone-probe.ts',
      'export const probe = () => navigator.userAgent',
      'no-restricted-globals',
    ],
    ['a component uses document', 'src/ui/zone-probe.ts', 'export const probe = () => document.title', 'no-restricted-globals'],
    [
      'a service imports a UI building block',
      'src/services/zone-probe.ts',
      "import { TapButton } from '@/ui/tap-button'\nexport const probe = TapButton",
      'boundaries/element-types',
    ],
    [
      'persistence imports a service',
      'src/persistence/zone-probe.ts',
      "import { navigate } from '@/services/navigate'\nexport const probe = navigate",
      'boundaries/element-types',
    ],
    ['persistence uses wx', 'src/persistence/zone-probe.ts', "export const probe = () => wx.getStorageSync('x')", 'no-restricted-globals'],
    [
      'a feature uses window',
      'src/features/plan/zone-probe.ts',
      'export const probe = () => window.location.href',
      'no-restricted-globals',
    ],
    [
      'a promise is left floating',
      'src/features/plan/zone-probe.ts',
      'const later = async () => 1\nexport function probe() {\n  later()\n}',
      '@typescript-eslint/no-floating-promises',
    ],
    [
      'a component runs over 80 lines',
      'src/features/plan/zone-probe.tsx',
      `export function Probe() {\n${'  console.log(1)\n'.repeat(80)}  return null\n}`,
      'max-lines-per-function',
    ],
    // iOS 12 to 16.3 cannot parse a lookbehind, and no transpiler rewrites one.
    [
      'a regex uses lookbehind',
      'src/features/plan/zone-probe.ts',
      'export const probe = /(?<![0-9])110/',
      'es-x/no-regexp-lookbehind-assertions',
    ],
  ])('fails when %s', async (_zone, filePath, code, rule) => {
    expect(await rulesBrokenBy(filePath, code)).toContain(rule)
  })

  it.each([
    [
      'a feature uses a building block through its index',
      'src/features/reminders/zone-probe.ts',
      "import { dial } from '@/features/calls'\nexport const probe = dial",
    ],
    [
      'the case reads a feature through its index',
      'src/features/case/zone-probe.ts',
      "import { useEvidence } from '@/features/evidence'\nexport const probe = useEvidence",
    ],
    [
      'a page composes a feature through its index',
      'src/pages/index/zone-probe.tsx',
      "import { EmergencyEntry } from '@/features/emergency'\nexport const probe = EmergencyEntry",
    ],
    [
      'the warning card uses the verified directory',
      'src/features/warning-card/zone-probe.ts',
      "import { callableHotline } from '@/features/hotlines'\nexport const probe = callableHotline",
    ],
    [
      'a page uses a Taro hook',
      'src/pages/index/zone-probe.tsx',
      "import { useRouter } from '@tarojs/taro'\nexport const probe = useRouter",
    ],
    [
      'a UI building block uses a service',
      'src/ui/zone-probe.ts',
      "import { navigate } from '@/services/navigate'\nexport const probe = navigate",
    ],
    [
      'a feature uses persistence',
      'src/features/plan/zone-probe.ts',
      "import { registerRecord } from '@/persistence/persisted-storage'\nexport const probe = registerRecord",
    ],
  ])('allows %s', async (_zone, filePath, code) => {
    expect(await rulesBrokenBy(filePath, code)).toEqual([])
  })
})

// A tap handler on a plain View needs a role and a label to reach a screen reader: the rule that
// says so, proved on a file that breaks it. A Text is never tapped: WeChat's Text carries no aria-role.
describe('tap targets', () => {
  const PROBE = 'src/features/plan/components/zone-probe.tsx'
  const view = (attributes: string) =>
    `import { View } from '@tarojs/components'\nexport const Probe = () => <View ${attributes} onClick={() => undefined}>改</View>\n`
  it.each([
    ['a tapped View has no role', view("aria-label='改时间'"), 'A tapped View needs a role'],
    ['a tapped View has no label', view("role='button'"), 'A tapped View needs an aria-label'],
    [
      'a Text is tapped',
      "import { Text } from '@tarojs/components'\nexport const Probe = () => <Text role='button' aria-label='改' onClick={() => undefined}>改</Text>\n",
      'Tap a View',
    ],
  ])('fails when %s', async (_case, code, message) => {
    const [result] = await eslint.lintText(code, { filePath: path.resolve(root, PROBE) })
    expect(result.messages.filter((found) => found.ruleId === 'no-restricted-syntax').map((found) => found.message)).toEqual([
      expect.stringContaining(message),
    ])
  })

  it('allows a tapped View with a role and a label', async () => {
    expect(await rulesBrokenBy(PROBE, view("role='button' aria-label='改时间'"))).toEqual([])
  })
})
