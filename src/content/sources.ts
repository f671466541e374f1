/** The verified fact files in shared/facts/ that every claim in the app's content rests on. */
export type FactsFile = 'hotlines.md' | 'laws.md' | 'first-aid.md' | 'seed-guidance.md'

/**
 * A reference to one section of a facts file: 「shared/facts/laws.md § Civil Code：第一千零三十八条」.
 * `section` is the start of a `##` heading in that file, so a test can check that it exists;
 * `detail` says what within the section, in any words.
 */
export function fact(file: FactsFile, section: string, detail?: string): string {
  return `shared/facts/${file} § ${section}${detail ? `：${detail}` : ''}`
}

/** Joins several references, or a reference and an outside page, into one `source`. */
export function sources(...parts: string[]): string {
  return parts.join('；')
}

/** The pattern `fact()` writes, for tests that check every reference. */
export const FACT_REFERENCE = /shared\/facts\/([a-z-]+\.md) § ([^：；]+)/g
