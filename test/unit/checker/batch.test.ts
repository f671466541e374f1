/**
 * @jest-environment node
 */
// The batch command runs the app's own model: one JSON object per input line, nothing else on stdout.
import { spawnSync } from 'child_process'
import path from 'path'

const root = path.resolve(__dirname, '../../..')

function run(input: string) {
  return spawnSync('node', [path.join(root, 'scripts/check-messages.js')], { input, encoding: 'utf8' })
}

describe('npm run -s check-messages', () => {
  it('prints one verdict per line, an empty line as clear, and exits 0', () => {
    const result = run('请把钱转到安全账户\n\n晚上回家吃饭\r\n')
    expect(result.status).toBe(0)
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatchObject({
      verdict: 'scam',
      type: 'police',
      flags: expect.arrayContaining([{ id: 'safe-account', quote: '安全账户' }]),
    })
    expect(lines[1]).toEqual({ verdict: 'clear', score: 0, type: null, flags: [] })
    expect(lines[2].verdict).toBe('clear')
  })
})
