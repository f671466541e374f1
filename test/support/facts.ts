import fs from 'fs'
import path from 'path'

const FACTS_DIR = path.resolve(__dirname, '../../../shared/facts')

/** The text of one file in shared/facts/, beside the project. */
export function factsFile(name: string): string {
  const file = path.join(FACTS_DIR, name)
  if (!fs.existsSync(file)) throw new Error(`Missing ${file}: the shared facts folder must sit beside the project`)
  return fs.readFileSync(file, 'utf8')
}

/** The `##` headings of a facts file, without the hashes. */
export function factsHeadings(name: string): string[] {
  return factsFile(name)
    .split('\n')
    .filter((line) => /^#{2,}\s/.test(line))
    .map((line) => line.replace(/^#+\s*/, '').trim())
}

/** The body of the section whose heading starts with `heading`, up to the next `##` heading. */
export function factsSection(name: string, heading: string): string {
  const lines = factsFile(name).split('\n')
  const start = lines.findIndex((line) => /^##\s/.test(line) && line.replace(/^#+\s*/, '').startsWith(heading))
  if (start < 0) return ''
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line))
  return lines.slice(start, end < 0 ? undefined : end).join('\n')
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** 「一千一百九十五」→ 1195, 「六十六」→ 66, 「十八」→ 18. */
export function chineseNumber(text: string): number {
  let total = 0
  let digit = 0
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char]
    else if (char in UNITS) {
      total += (digit || 1) * UNITS[char]
      digit = 0
    } else throw new Error(`Not a Chinese numeral: ${text}`)
  }
  return total + digit
}

/** The article numbers an article field names: 「第一千零三十二条、第一千零三十三条」→ [1032, 1033]; 「第二百五十三条之一」→ [253]. */
export function articleNumbers(article: string): number[] {
  return [...article.matchAll(/第([零一二两三四五六七八九十百千]+)条/g)].map((match) => chineseNumber(match[1]))
}

/**
 * Whether a facts text lists an article: as a table row (| 47 |), in prose (art. 178, arts. 17, 25) or
 * inside a range such as 「1194–1197」 or 「110–113」.
 */
export function articleListed(text: string, number: number): boolean {
  if (new RegExp(`(\\|\\s*|art\\.\\s*|arts\\.\\s*|\\b)${number}(\\b|[–-])`).test(text)) return true
  return [...text.matchAll(/(\d+)[–-](\d+)/g)].some(([, from, to]) => number >= Number(from) && number <= Number(to))
}
