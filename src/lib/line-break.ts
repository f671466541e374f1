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
