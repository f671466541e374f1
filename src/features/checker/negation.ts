/**
 * Whether words matched in a message are quoted in a warning rather than asked of the reader:
 * 「工行不会通过短信链接要求您提供验证码」, 「要你转到安全账户的都是诈骗」. The whole sentence around
 * the match is read, on both sides, not a few characters before it.
 */
const SENTENCE_STOP = /[。！？!?\n；;]/

/** A denial or a warning before the words: 「不会」「从不」「不存在」「谨防」「凡是」, 「不要相信」. */
const DENIAL =
  /不会|绝不|决不|从不|从来不|从未|不存在|没有所谓|并不|并非|谨防|警惕|提防|切勿|凡是|均不|都不|不得|严禁|不可能|不收|不需要|无需|不用|勿|(不要|别|千万不要)(将|把|向|给|对|相信|轻信|点击|点开|转账|转钱|汇款|透露|提供|泄露|下载|理会|回复|扫码|添加|告诉他人|告知他人|上当)/g
/** A turn after the denial that makes what follows a demand again: 「不会收费，但需要先交保证金」. */
const TURN = /但|不过|只需|只要|然后|现在需要|所以|因此|麻烦您|请您马上/
/** A verdict after the words: 「…的都是诈骗」「…就是骗局」「谨防上当」. */
const WARNING_AFTER = /(都是|均为|就是|即为|一律|全是|肯定是|必是|属于|是)(诈骗|骗局|骗子|假的|电诈)|的(诈骗|骗局)|谨防|切勿|请勿|警惕/

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start
  while (from > 0 && !SENTENCE_STOP.test(text[from - 1])) from -= 1
  let to = end
  while (to < text.length && !SENTENCE_STOP.test(text[to])) to += 1
  return [from, to]
}

export function isQuotedWarning(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceAround(text, start, end)
  // The denial may run into the words (「请勿将验证码…」) or sit inside them (「返还，不收任何费用」).
  const upTo = text.slice(from, end)
  let lastDenial = -1
  for (const match of upTo.matchAll(DENIAL)) lastDenial = (match.index ?? 0) + match[0].length
  if (lastDenial >= 0 && !TURN.test(upTo.slice(lastDenial))) return true
  return WARNING_AFTER.test(text.slice(end, to))
}
