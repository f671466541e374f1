import { HOTLINES } from '@/content/hotlines'
import type { CallableHotline } from '@/features/hotlines'
import { checkMessage, type Verdict } from './model'

// The rule of hotlines' isCallable, written out: its index would bring the UI into this Node bundle.
const CALLABLE = HOTLINES.filter((hotline): hotline is CallableHotline => Boolean(hotline.dial) && hotline.status !== 'unverified')

/** The verdict alone, for the trainer's and the evaluation script's figures. */
export function verdictOf(text: string): Verdict {
  return checkMessage(text, CALLABLE).verdict
}

/**
 * `npm run -s check-messages`: one JSON line per input line, from exactly the model the app runs.
 * An empty line is `clear` with no flags.
 */
export function checkLines(input: string): string {
  const lines = input.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
    .map((line) => {
      const result = checkMessage(line, CALLABLE)
      return JSON.stringify({
        verdict: result.verdict,
        score: result.score,
        type: result.type,
        flags: result.flags.map((flag) => ({ id: flag.id, quote: flag.quote })),
      })
    })
    .map((json) => `${json}\n`)
    .join('')
}
