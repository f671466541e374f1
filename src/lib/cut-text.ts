// Its own module, apart from lib/text.ts: only the subpackages (checker, evidence editor) cut text, so it stays out of the main package.

/**
 * The text cut to at most `max` UTF-16 units, never inside a surrogate pair (an emoji is two units),
 * with whether anything was cut, so the caller can say so.
 */
export function cutAtCodePoint(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false }
  const code = text.charCodeAt(max - 1)
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max
  return { text: text.slice(0, end), cut: true }
}
