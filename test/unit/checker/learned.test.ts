/**
 * @jest-environment node
 */
// The learned scorer's weights: what `npm run train-checker` writes from the corpus (so a retrain is
// byte-identical, and a corpus change without a retrain fails here), small enough for the check
// subpackage, and decoded exactly.
import { spawnSync } from 'child_process'
import fs from 'fs'
import path from 'path'
import { decodeInt8, scoreLearned } from '@/features/checker/learned/score'
import { normalise } from '@/features/checker/normalise'

const ROOT = path.resolve(__dirname, '../../..')
const WEIGHTS_FILE = path.join(ROOT, 'src/features/checker/learned/weights.ts')

/** A training run in its own Node process (jest's sandbox makes it ten times slower). */
function trainedSource(): string {
  const run = spawnSync(process.execPath, ['-e', "process.stdout.write(require('./scripts/train-checker').trainedSource())"], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 8 * 1024 * 1024,
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return run.stdout
}

describe('the learned scorer', () => {
  it('has committed weights identical to a fresh, deterministic training run', () => {
    const committed = fs.readFileSync(WEIGHTS_FILE, 'utf8')
    expect(trainedSource()).toBe(committed)
  })

  it('keeps its weights within 60 KB', () => {
    expect(fs.statSync(WEIGHTS_FILE).size).toBeLessThanOrEqual(60 * 1024)
  })

  it('decodes base64 to signed bytes', () => {
    expect(Array.from(decodeInt8(Buffer.from(Int8Array.from([0, 1, -1, 127, -128]).buffer).toString('base64')))).toEqual([
      0, 1, -1, 127, -128,
    ])
  })

  it('quotes the clause that weighed most, and names a type', () => {
    const text = normalise('你好。您的快递丢失了，我们给您双倍理赔，请加客服微信办理退款').text
    const learned = scoreLearned(text)
    expect(learned.logit).toBeGreaterThan(0)
    expect(learned.strongest && text.slice(learned.strongest.start, learned.strongest.end)).not.toBe('你好')
    expect(learned.type).toBe('冒充电商物流客服')
  })

  it('scores empty and emoji-only text without failing', () => {
    expect(scoreLearned('').strongest).toBeNull()
    expect(() => scoreLearned('😀😀🙏')).not.toThrow()
  })
})
