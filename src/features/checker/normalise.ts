import { toHalfWidth } from '@/lib/text'

/**
 * Normalises pasted text before matching, keeping a map back to the original so that every reason
 * can quote the user's own words:
 * - NFKC: full-width letters, digits and signs to half-width (「ＥＴＣ」「１３８」);
 * - zero-width characters dropped; spaces and emoji dropped between Chinese characters
 *   (「安 全 账 户」「加🌹微🌹信」), and spaces inside spaced-out Latin words and numbers
 *   (「e t c - s j . c o m」「1 3 8 0 0 1 3 8 0 0 0」「138 0013 8000」);
 * - evasions scammers use to slip past filters (「V信」「薇」「扣扣」) to the plain word;
 * - traditional characters of the key terms to simplified.
 *
 * No regex here looks behind: iOS before 16.4 cannot parse one, and the page would not load.
 */
export interface Normalised {
  text: string
  /** For each character of `text`, the index in the original of the character it came from. */
  origin: number[]
}

const ZERO_WIDTH = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/
/** Variation selectors (the 「️」 after an emoji), compared by code: a regex class would mislead readers. */
const invisible = (char: string) => ZERO_WIDTH.test(char) || (char >= '\uFE00' && char <= '\uFE0F')
const CJK = /[\u3400-\u9FFF]/
/** Letters, digits and the signs inside links and numbers. */
const LATINISH = /[A-Za-z0-9.\-/:@_]/
/** Pictographs and dingbats a scammer puts between words: 「加🌹微🌹信」. */
const EMOJI = /[\u2600-\u27BF\u2B00-\u2BFF]|\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF]|\uD83E[\uDC00-\uDFFF]/

interface Evasion {
  pattern: RegExp
  word: string
}

/** Whole-word replacements, longest first where they overlap. Group 1, when a pattern has one, is context kept as it is. */
const EVASIONS: Evasion[] = [
  { pattern: /[Vv][信X]|威信|薇信|维信|微\s*信|wei\s*xin|weixin|VX|vx|Vx|徽信|嶶信|卫星号/g, word: '微信' },
  // 「薇」 alone (not inside a word such as 蔷薇): the character before it is kept as it is.
  { pattern: /(^|[^\u4e00-\u9fff])薇(?![\u4e00-\u9fff])|加薇|加V|加v|\+V|\+v/g, word: '加微信' },
  { pattern: /扣扣|蔻蔻|蔲蔲|企鹅号|抠抠/g, word: 'QQ' },
  { pattern: /zhifubao|支付寶/gi, word: '支付宝' },
]

/** Traditional forms of the words the signals look for. */
const TRADITIONAL: Record<string, string> = {
  帳: '账',
  賬: '账',
  戶: '户',
  轉: '转',
  驗: '验',
  證: '证',
  碼: '码',
  凍: '冻',
  結: '结',
  費: '费',
  貸: '贷',
  徵: '征',
  會: '会',
  議: '议',
  螢: '屏',
  協: '协',
  遠: '远',
  錢: '钱',
  檢: '检',
  銀: '银',
  號: '号',
  機: '机',
  賠: '赔',
  償: '偿',
  單: '单',
  傭: '佣',
  額: '额',
  儲: '储',
  匯: '汇',
  務: '务',
  註: '注',
  銷: '销',
  際: '际',
  訊: '讯',
  網: '网',
  鏈: '链',
  連: '连',
  點: '点',
  擊: '击',
  載: '载',
  裝: '装',
  請: '请',
  騙: '骗',
  緊: '紧',
  內: '内',
  護: '护',
  險: '险',
  補: '补',
  資: '资',
  種: '种',
}

/** A run of spaces (or emoji) between two kept characters, and whether to drop it. */
function dropsGap(before: string, after: string, leftWord: string, rightWord: string): boolean {
  if (CJK.test(before) && CJK.test(after)) return true
  if (!LATINISH.test(before) || !LATINISH.test(after)) return false
  // 「e t c」: single letters or digits spaced out. 「138 0013 8000」: a number in short groups.
  if (leftWord.length === 1 || rightWord.length === 1) return true
  // Only the digits next to the gap count: 「客服138 0013 8000」.
  const leftDigits = /\d*$/.exec(leftWord)?.[0] ?? ''
  const rightDigits = /^\d*/.exec(rightWord)?.[0] ?? ''
  return /^\d{2,4}$/.test(leftDigits) && /^\d{3,4}$/.test(rightDigits)
}

interface Piece {
  char: string
  at: number
  gap: boolean
}

/** Right-to-left override (U+202E) to its end (U+202C or the line's end): shown reversed, so read reversed. */
const RTL_OVERRIDE = '\u202E'
const BIDI_END = /[\u202C\n]/
/** Other direction marks and embeddings: invisible, and never part of a word. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/

/**
 * The characters of the text in the order a reader sees them, with where each is: a run under a
 * right-to-left override (「‮moc.cbci-kf‬」 shows as fk-icbc.com) is reversed.
 */
function visualOrder(input: string): { char: string; at: number }[] {
  const out: { char: string; at: number }[] = []
  let run: { char: string; at: number }[] | null = null
  let at = 0
  for (const char of input) {
    const item = { char, at }
    at += char.length
    if (char === RTL_OVERRIDE) run = []
    else if (run && BIDI_END.test(char)) {
      out.push(...run.reverse())
      run = null
      if (char === '\n') out.push(item)
    } else if (run) run.push(item)
    else out.push(item)
  }
  if (run) out.push(...run.reverse())
  return out
}

/** Step 1, character by character: NFKC, simplified forms, gaps marked. */
function pieces(input: string): Piece[] {
  const out: Piece[] = []
  for (const { char, at: from } of visualOrder(input)) {
    if (invisible(char) || BIDI.test(char)) continue
    const gap = /\s/.test(char) || EMOJI.test(char)
    // ASCII and the common Chinese characters are already in NFKC form: the fast path for long text.
    const plainForm = gap || char < '\u0080' || CJK.test(char) ? char : toHalfWidth(char)
    for (const plain of plainForm.length === 1 ? [plainForm] : [...plainForm])
      out.push({ char: TRADITIONAL[plain] ?? plain, at: from, gap })
  }
  return out
}

/** The word (run of non-gap pieces) that ends at `end` (exclusive) or starts at `start`. */
function wordAt(list: Piece[], start: number, step: 1 | -1): string {
  let word = ''
  for (let index = start; index >= 0 && index < list.length && !list[index].gap; index += step)
    word = step === 1 ? word + list[index].char : list[index].char + word
  return word
}

export function normalise(input: string): Normalised {
  const list = pieces(input)
  const chars: string[] = []
  const origin: number[] = []
  const push = (char: string, at: number) => {
    chars.push(char)
    // One origin per UTF-16 unit, so that indexes into the text (an emoji is two) line up.
    for (let unit = 0; unit < char.length; unit += 1) origin.push(at)
  }
  for (let index = 0; index < list.length; index += 1) {
    if (!list[index].gap) {
      push(list[index].char, list[index].at)
      continue
    }
    let end = index
    while (end < list.length && list[end].gap) end += 1
    const spaces = list.slice(index, end).every((piece) => /\s/.test(piece.char))
    const before = chars[chars.length - 1]
    const after = list[end]?.char
    const drop = before !== undefined && after !== undefined && dropsGap(before, after, wordAt(list, index - 1, -1), wordAt(list, end, 1))
    if (!drop) {
      if (spaces) push(' ', list[index].at)
      else for (let keep = index; keep < end; keep += 1) push(list[keep].char, list[keep].at)
    }
    index = end - 1
  }
  return replaceEvasions(chars.join(''), origin)
}

/** Step 2, evasions, which may change the length: each output character maps to the match's start. */
function replaceEvasions(input: string, inputMap: number[]): Normalised {
  let text = input
  let map = inputMap
  for (const { pattern, word } of EVASIONS) {
    const nextMap: number[] = []
    let last = 0
    let nextText = ''
    for (const match of text.matchAll(pattern)) {
      const kept = match[1] ?? ''
      const start = (match.index ?? 0) + kept.length
      const end = (match.index ?? 0) + match[0].length
      nextText += text.slice(last, start)
      nextMap.push(...map.slice(last, start))
      nextText += word
      for (let i = 0; i < word.length; i += 1) nextMap.push(map[Math.min(start + i, end - 1)])
      last = end
    }
    if (last === 0) continue
    nextText += text.slice(last)
    nextMap.push(...map.slice(last))
    text = nextText
    map = nextMap
  }
  return { text, origin: map }
}

/** The original words behind a span of the normalised text. */
export function originalSpan(
  input: string,
  normalised: Normalised,
  start: number,
  end: number,
): { start: number; end: number; quote: string } {
  // A reversed run (a right-to-left override) maps back out of order: take the span's extent.
  const origins = normalised.origin.slice(start, Math.max(start + 1, end))
  const from = origins.length ? Math.min(...origins) : 0
  const lastOrigin = origins.length ? Math.max(...origins) : from
  // The end is just after the last source character (a surrogate pair counts as two).
  const to = lastOrigin + ((input.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1)
  return { start: from, end: to, quote: input.slice(from, to) }
}
