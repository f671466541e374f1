import { LEARNED } from './weights'
import { clauses, grams, SCAM_BITS, TYPE_BITS } from './features'

/**
 * The learned scorer: a logistic regression over hashed character 1–3-grams (features.ts), trained
 * by scripts/train-checker.js on the corpus in test/fixtures/messages/corpus. Its weights are int8,
 * base64 in weights.ts, decoded once when the checker page first scores a message.
 */
export interface LearnedScore {
  /** Log-odds that the message is a scam: 0 is even, +3 is about 95%. */
  logit: number
  /** The clause that weighed most towards scam, as [start, end) in the normalised text, with its weight. */
  strongest: { start: number; end: number; weight: number } | null
  /** The scam type the words resemble most, as the corpus names it. */
  type: string | null
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 to signed bytes, by hand: the mini-program has no atob. */
export function decodeInt8(base64: string): Int8Array {
  const clean = base64.replace(/=+$/, '')
  const out = new Int8Array(Math.floor((clean.length * 3) / 4))
  let bits = 0
  let value = 0
  let at = 0
  for (const char of clean) {
    value = (value << 6) | BASE64.indexOf(char)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      const byte = (value >> bits) & 0xff
      out[at] = byte > 127 ? byte - 256 : byte
      at += 1
    }
  }
  return out
}

let decoded: { scam: Int8Array; type: Int8Array } | null = null
function weights() {
  decoded ??= { scam: decodeInt8(LEARNED.scam), type: decodeInt8(LEARNED.type) }
  return decoded
}

export function scoreLearned(text: string): LearnedScore {
  const { scam, type } = weights()
  const found = grams(text)
  if (found.length === 0) return { logit: LEARNED.scamBias, strongest: null, type: null }
  const norm = 1 / Math.sqrt(found.length)
  const scamMask = (1 << SCAM_BITS) - 1
  const typeMask = (1 << TYPE_BITS) - 1
  const typeCount = LEARNED.types.length
  const typeSums = new Array<number>(typeCount).fill(0)
  // Each gram's weight goes to the clause it starts in, so the reason can quote that clause.
  const spans = clauses(text)
  const clauseWeights = new Array<number>(spans.length).fill(0)
  let sum = 0
  let clause = 0
  for (const gram of found) {
    const weight = scam[gram.hash & scamMask] * LEARNED.scamScale * norm
    sum += weight
    while (clause < spans.length - 1 && gram.start >= spans[clause].end) clause += 1
    // Text that is all punctuation has grams but no clause to quote.
    const span = spans[clause] as { start: number; end: number } | undefined
    if (span && gram.start >= span.start && gram.start < span.end) clauseWeights[clause] += weight
    const row = (gram.hash & typeMask) * typeCount
    for (let k = 0; k < typeCount; k += 1) typeSums[k] += type[row + k]
  }
  const best = clauseWeights.reduce((top, weight, index) => (weight > clauseWeights[top] ? index : top), 0)
  const typeLogits = typeSums.map((total, k) => LEARNED.typeBias[k] + total * LEARNED.typeScale * norm)
  const topType = typeLogits.reduce((top, logit, k) => (logit > typeLogits[top] ? k : top), 0)
  return {
    logit: LEARNED.scamBias + sum,
    strongest: spans.length > 0 && clauseWeights[best] > 0 ? { ...spans[best], weight: clauseWeights[best] } : null,
    type: LEARNED.types[topType] ?? null,
  }
}
