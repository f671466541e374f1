/**
 * Normalises pasted text before matching, keeping a map back to the original so that every reason
 * can quote the user's own words:
 * - full-width letters, digits and number signs to half-width;
 * - zero-width characters dropped, and spaces between Chinese characters (「安 全 账 户」);
 * - evasions scammers use to slip past filters (「V信」「薇」「扣扣」) to the plain word;
 * - traditional characters of the key terms to simplified.
 */
export interface Normalised {
  text: string
  /** For each character of `text`, the index in the original of the character it came from. */
  origin: number[]
}

const ZERO_WIDTH = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/
const CJK = /[\u3400-\u9FFF]/

/** Whole-word replacements, longest first where they overlap. */
const EVASIONS: [RegExp, string][] = [
  [/[VvＶｖ][信X]|威信|薇信|微\s*信|wei\s*xin|weixin|VX|vx|Vx|徽信|嶶信/g, '微信'],
  // Temporary: the issue-21 branch removes this lookbehind (iOS 12 to 16.3 cannot parse it).
  // eslint-disable-next-line es-x/no-regexp-lookbehind-assertions
  [/(?<![\u4e00-\u9fff])薇(?![\u4e00-\u9fff])|加薇|加V|加v/g, '加微信'],
  [/扣扣|企鹅号/g, 'QQ'],
  [/支\s*付\s*宝|zhifubao/gi, '支付宝'],
  [/银\s*行\s*卡/g, '银行卡'],
]

/** Traditional forms of the words the signals look for. */
const TRADITIONAL: Record<string, string> = {
  帳: '账', 賬: '账', 戶: '户', 轉: '转', 驗: '验', 證: '证', 碼: '码', 凍: '冻', 結: '结', 費: '费',
  貸: '贷', 徵: '征', 會: '会', 議: '议', 螢: '屏', 協: '协', 遠: '远', 錢: '钱', 檢: '检', 銀: '银',
  號: '号', 機: '机', 賠: '赔', 償: '偿', 單: '单', 傭: '佣', 額: '额', 儲: '储', 匯: '汇', 務: '务',
  註: '注', 銷: '销', 際: '际', 訊: '讯', 網: '网', 鏈: '链', 連: '连', 點: '点', 擊: '击', 載: '载',
  裝: '装', 請: '请', 騙: '骗', 緊: '紧', 內: '内', 護: '护', 險: '险', 補: '补', 資: '资', 種: '种',
}

/**
 * Full-width letters, digits, the ideographic space and the signs used in numbers and addresses
 * (＋－．／＠：) to ASCII. Chinese punctuation such as 「，」 and 「：」 in text stays as it is.
 */
function toHalfWidth(char: string): string {
  if (char === '\u3000') return ' '
  return /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D\uFF0E\uFF0F\uFF20]/.test(char) ? String.fromCharCode(char.charCodeAt(0) - 0xfee0) : char
}

export function normalise(input: string): Normalised {
  // Step 1, character by character: NFKC, simplified forms, no zero-width or stray spaces.
  const chars: string[] = []
  const origin: number[] = []
  const source = [...input]
  let offset = 0
  source.forEach((char, index) => {
    const at = offset
    offset += char.length
    if (ZERO_WIDTH.test(char)) return
    let out = toHalfWidth(char)
    out = TRADITIONAL[out] ?? out
    if (/\s/.test(out)) {
      // A space between two Chinese characters is an evasion; elsewhere it separates words.
      const before = chars[chars.length - 1]
      const after = source.slice(index + 1).find((next) => !/\s/.test(next) && !ZERO_WIDTH.test(next))
      if (before && after && CJK.test(before) && CJK.test(after.normalize('NFKC'))) return
      if (before === ' ') return
      out = ' '
    }
    // One origin per UTF-16 unit, so that indexes into the text (an emoji is two) line up.
    chars.push(out)
    for (let unit = 0; unit < out.length; unit += 1) origin.push(at)
  })
  // Step 2, evasions, which may change the length: each output character maps to the match's start.
  let text = chars.join('')
  let map = origin
  for (const [pattern, word] of EVASIONS) {
    const nextMap: number[] = []
    let last = 0
    let nextText = ''
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0
      nextText += text.slice(last, start)
      nextMap.push(...map.slice(last, start))
      nextText += word
      for (let i = 0; i < word.length; i += 1) nextMap.push(map[Math.min(start + i, start + match[0].length - 1)])
      last = start + match[0].length
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
export function originalSpan(input: string, normalised: Normalised, start: number, end: number): { start: number; end: number; quote: string } {
  const from = normalised.origin[start] ?? 0
  const lastOrigin = normalised.origin[Math.max(start, end - 1)] ?? from
  // The end is just after the last source character (a surrogate pair counts as two).
  const to = lastOrigin + ((input.codePointAt(lastOrigin) ?? 0) > 0xffff ? 2 : 1)
  return { start: from, end: to, quote: input.slice(from, to) }
}
