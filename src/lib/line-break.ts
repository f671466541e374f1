/**
 * Chinese line breaking for text drawn on a canvas (the warning card). Pure: the caller passes how
 * wide a string is, from the canvas's own measureText.
 *
 * Rules (the usual 禁则 for Simplified Chinese):
 * - no line starts with closing punctuation (，。、；：？！）」』”’》〉】…—);
 * - no line ends with opening punctuation (（「『“‘《〈【);
 * - a phone number, an amount or a Latin word is one unit and is never split: 「4008-300-999」, 「¥3,000」, 「App」.
 */
const CLOSING = new Set('，。、；：？！）」』”’》〉】…—,.;:?!)%'.split(''))
const OPENING = new Set('（「『“‘《〈【(¥￥'.split(''))

/** Units that must stay whole: Latin words, numbers with their separators, amounts. */
const UNIT = /[¥￥]?[A-Za-z0-9]+(?:[.,:/@+-][A-Za-z0-9]+)*%?|\s+|[\s\S]/gu

/** A bank or airline name, which reads wrong split over two lines: 「中国工商银行」, 「东方航空」. */
const NAME = /(?:中国)?[\u4e00-\u9fff]{2,4}(?:银行|航空)/gu
/** A number with its separators, or an amount: 「4008-300-999」, 「¥3,000」, 「1,200 元」. */
const NUMBER = /[¥￥]?\d+(?:[.,:/+-]\d+)*(?:\s?元|%)?/gu

export interface TextRun {
  text: string
  /** A run that must stay on one line. */
  keep: boolean
}

/** Splits screen text into runs, marking phone numbers, amounts and bank or airline names as unbreakable. */
export function unbreakableRuns(text: string): TextRun[] {
  const kept = [...text.matchAll(NAME), ...text.matchAll(NUMBER)]
    .filter((match) => match[0].length > 1)
    .map((match) => ({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }))
    .sort((a, b) => a.start - b.start)
  const runs: TextRun[] = []
  let at = 0
  for (const span of kept) {
    if (span.start < at) continue
    if (span.start > at) runs.push({ text: text.slice(at, span.start), keep: false })
    runs.push({ text: text.slice(span.start, span.end), keep: true })
    at = span.end
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false })
  return runs
}

export function breakLines(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const units = text.match(UNIT) ?? []
  const lines: string[][] = [[]]
  for (const unit of units) {
    const line = lines[lines.length - 1]
    const candidate = [...line, unit].join('')
    if (line.length === 0 || width(candidate.trimEnd()) <= maxWidth) {
      if (line.length > 0 || unit.trim()) line.push(unit)
      continue
    }
    const next: string[] = [unit]
    // Closing punctuation may not start a line: take the units before it along, down to one that is not closing.
    while (CLOSING.has(next[0]) && line.length > 1) {
      const carried = line.pop() as string
      if (carried.trim()) next.unshift(carried)
    }
    // Opening punctuation may not end a line: move it down too.
    while (line.length > 1 && OPENING.has(line[line.length - 1])) next.unshift(line.pop() as string)
    lines.push(next.filter((part, index) => index > 0 || part.trim()))
  }
  return lines.map((line) => line.join('').trim()).filter(Boolean)
}
