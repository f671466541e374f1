import type { Brand } from '@/content/checker-brands'

/** Who an official domain belongs to: a brand with a call button, or another body (the railway, gov.cn). */
export interface DomainOwner {
  name: string
  domains: string[]
  tokens: string[]
  brand?: Brand
}

export type LinkVerdict =
  | { kind: 'official'; domain: string; owner: DomainOwner }
  | { kind: 'lookalike'; domain: string; owner?: DomainOwner }
  | { kind: 'other'; domain: string }

/**
 * Web addresses in normalised text, found by their shape, not by a list of endings: a scheme, a
 * 「www.」, or labels joined by dots ending in letters (「etc-sj.com」「court-gov.cn.ch」「x.fyi」).
 * Scam SMS often leave off the 「http」. Spaced-out letters are joined by normalise() first.
 */
const LINK =
  /(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,24})(?::\d+)?(?:[/?#][^\s，。！？、；;）)」”"'<>]*)?/gi

export function findLinks(text: string): { link: string; domain: string; start: number; end: number }[] {
  const found: { link: string; domain: string; start: number; end: number }[] = []
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0
    // Inside a longer word or an e-mail's name part (the part after 「@」 is still a domain).
    if (start > 0 && /[a-z0-9_.-]/i.test(text[start - 1])) continue
    const domain = match[1].toLowerCase().replace(/-+$/, '')
    // 「App.」 or 「3.5G」: a real domain has a letter ending of two or more and a label before it.
    if (!/\.[a-z][a-z0-9-]*[a-z]$/.test(domain)) continue
    found.push({ link: match[0], domain, start, end: start + match[0].length })
  }
  return found
}

function isUnder(domain: string, official: string): boolean {
  return domain === official || domain.endsWith(`.${official}`)
}

/**
 * An official domain (one in hotlines.md's table, or a subdomain of one); a lookalike (a known fake,
 * or an owner's name inside someone else's domain: 「ceair-refund.com」「icbc.com.cn.xyz.top」
 * 「court-gov.cn.ch」「96ll0.cc」); or just another site, which is not called fake.
 */
export function checkLink(domain: string, owners: DomainOwner[], knownFakes: string[]): LinkVerdict {
  if (knownFakes.some((fake) => isUnder(domain, fake))) return { kind: 'lookalike', domain }
  for (const owner of owners) if (owner.domains.some((official) => isUnder(domain, official))) return { kind: 'official', domain, owner }
  const labels = domain.split('.')
  const words = labels.flatMap((label) => label.split('-'))
  const owner = owners.find(
    (candidate) =>
      candidate.domains.some(
        (official) =>
          domain.startsWith(`${official}.`) || domain.includes(`.${official}.`) || words.slice(0, -1).includes(official.split('.')[0]),
      ) ||
      candidate.tokens.some((token) =>
        token.length >= 4 ? labels.slice(0, -1).some((label) => label.includes(token)) : words.slice(0, -1).includes(token),
      ),
  )
  if (owner) return { kind: 'lookalike', domain, owner }
  // 110 or 96110 spelled with letters: 「96ll0」, 「ii0」.
  if (/96[il1]{2}0|[il]{2}0\b/.test(domain)) return { kind: 'lookalike', domain }
  return { kind: 'other', domain }
}

/** Every owner of an official domain: the brands, then the other bodies. */
export function domainOwners(brands: Brand[], others: { name: string; domains: string[]; tokens: string[] }[]): DomainOwner[] {
  return [
    ...brands
      .filter((brand) => brand.domains.length > 0 || brand.tokens.length > 0)
      .map((brand) => ({ name: brand.names[0], domains: brand.domains, tokens: brand.tokens, brand })),
    ...others,
  ]
}
