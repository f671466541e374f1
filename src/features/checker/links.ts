import type { Brand } from '@/content/checker-brands'

export type LinkVerdict =
  | { kind: 'official'; domain: string; brand: Brand }
  | { kind: 'lookalike'; domain: string; brand?: Brand }
  | { kind: 'other'; domain: string }

/** Web addresses in normalised text: with or without 「http」, as scam SMS often leave it off. */
export function findLinks(text: string): { link: string; domain: string; start: number; end: number }[] {
  const found: { link: string; domain: string; start: number; end: number }[] = []
  for (const match of text.matchAll(/(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|cn|net|org|cc|top|xyz|vip|me|info|site|online|shop|app|io|co|tk|ml|club|link|ink|work|pro|icu|hk|tw)(?:\.cn)?)(?::\d+)?(?:\/[^\s，。！？、；）)」”]*)?/gi)) {
    const start = match.index ?? 0
    found.push({ link: match[0], domain: match[1].toLowerCase(), start, end: start + match[0].length })
  }
  return found
}

function isUnder(domain: string, official: string): boolean {
  return domain === official || domain.endsWith(`.${official}`)
}

/**
 * An official domain; a lookalike (a brand's token, or a known fake, in someone else's domain:
 * 「ceair-refund.com」, 「96ll0.cc」); or just another site.
 */
export function checkLink(domain: string, brands: Brand[], knownFakes: string[]): LinkVerdict {
  if (knownFakes.some((fake) => isUnder(domain, fake))) return { kind: 'lookalike', domain }
  for (const brand of brands) if (brand.domains.some((official) => isUnder(domain, official))) return { kind: 'official', domain, brand }
  const labels = domain.replace(/\.(com|cn|net|org)(\.cn)?$/, '')
  const brand = brands.find((candidate) => candidate.tokens.some((token) => token.length >= 4 && labels.includes(token)))
  if (brand) return { kind: 'lookalike', domain, brand }
  // 110 or 96110 spelled with letters: 「96ll0」, 「ii0」.
  if (/96[il1]{2}0|[il]{2}0\b/.test(labels)) return { kind: 'lookalike', domain }
  return { kind: 'other', domain }
}
