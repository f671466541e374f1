/**
 * Removes characters a person cannot see but a paste can carry (zero-width spaces and joiners, the
 * byte-order mark, the word joiner), so a number is never refused for something not on screen.
 */
export function stripInvisible(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
}
