/** Whether `text` has any of `words`, ignoring spaces (「不 想 活」), for the calm 12356 prompt. */
export function mentionsSelfHarm(text: string, words: readonly string[]): boolean {
  const compact = text.replace(/\s+/g, '')
  return words.some((word) => compact.includes(word))
}
