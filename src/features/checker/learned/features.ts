/**
 * The learned scorer's features: character 1-, 2- and 3-grams of the normalised text, hashed into a
 * fixed number of buckets. Digits are folded to 「0」 and letters to lower case, so 「138…」 and
 * 「159…」, 「APP」 and 「app」 weigh the same. The trainer (scripts/train-checker.js) bundles this
 * very file, so training and the phone always see the same features.
 */

/** log2 of the number of buckets of the scam-or-not model, and of the type model. */
export const SCAM_BITS = 15
export const TYPE_BITS = 9

/** The trained weights as weights.ts holds them (written by the trainer): int8, base64. */
export interface LearnedWeights {
  /** How many messages it was trained on. */
  messages: number
  scamBias: number
  /** Multiplies each int8 weight back to its trained value. */
  scamScale: number
  scam: string
  /** The scam types, as the corpus names them, in the order of the type model's columns. */
  types: string[]
  typeBias: number[]
  typeScale: number
  /** Bucket-major: bucket b's weight for type k is at b × types.length + k. */
  type: string
}

/** A clause: the stretch between two stops, the unit a reason quotes. */
const STOP = /[。！？!?；;\n]/

function fold(char: string): string {
  if (char >= '0' && char <= '9') return '0'
  if (char >= 'A' && char <= 'Z') return char.toLowerCase()
  return /\s/.test(char) ? ' ' : char
}

/** FNV-1a over the gram's UTF-16 units, 32-bit. */
function hash(gram: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < gram.length; index += 1) {
    value ^= gram.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

export interface Gram {
  /** 32-bit hash; a model takes its low bits. */
  hash: number
  /** Where the gram starts and ends in the normalised text. */
  start: number
  end: number
}

/**
 * Every gram of the text, in order, each clause on its own (a gram never spans a stop). A gram
 * repeated within the text is listed once, at its first place, so a long message repeating a word
 * does not weigh more than one saying it once.
 */
export function grams(text: string): Gram[] {
  const folded = Array.from(text, fold)
  // Positions in UTF-16 units, for quoting: an emoji is two.
  const offsets: number[] = []
  let at = 0
  for (const char of text) {
    offsets.push(at)
    at += char.length
  }
  offsets.push(at)
  const seen = new Set<number>()
  const out: Gram[] = []
  for (let index = 0; index < folded.length; index += 1) {
    if (STOP.test(folded[index]) || folded[index] === ' ') continue
    let gram = ''
    for (let size = 1; size <= 3 && index + size <= folded.length; size += 1) {
      const next = folded[index + size - 1]
      if (STOP.test(next)) break
      gram += next
      const value = hash(`${size}${gram}`)
      if (seen.has(value)) continue
      seen.add(value)
      out.push({ hash: value, start: offsets[index], end: offsets[index + size] })
    }
  }
  return out
}

/** The clauses of the text, as [start, end) in UTF-16 units, for quoting what weighed most. */
export function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  for (let index = 0; index <= text.length; index += 1) {
    if (index === text.length || STOP.test(text[index]) || /[，,]/.test(text[index])) {
      if (index > start) out.push({ start, end: index })
      start = index + 1
    }
  }
  return out
}
