// Apart from lib/text.ts so that the main package, which needs only toHalfWidth (money, account numbers), does not carry it.

/**
 * Replaces lone UTF-16 surrogates (half of an emoji, left by a cut paste) with U+FFFD, so that the
 * text stores and reads back exactly. A loop rather than a lookbehind regex, which older phones lack.
 */
export function wellFormed(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    const isHigh = code >= 0xd800 && code <= 0xdbff
    const isLow = code >= 0xdc00 && code <= 0xdfff
    if (isHigh) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[index] + text[index + 1]
        index += 1
      } else out += '\uFFFD'
    } else out += isLow ? '\uFFFD' : text[index]
  }
  return out
}
