/**
 * A value handed from one page to the next in memory, named by a short token in the URL: the
 * message checker's 「记为证据」 hands the evidence editor the whole message this way. Never the
 * text itself in the URL (on H5 that is the browser's history, and a long or emoji-cut query
 * breaks navigation), and never storage (nothing is kept until the user saves).
 * Only the latest hand-off is kept; it stays readable until the next one, so a re-render reads it again.
 */
let latest: { token: string; value: unknown } | null = null
let count = 0

export function handOff(value: unknown): string {
  count += 1
  latest = { token: `h${count}`, value }
  return latest.token
}

/** The value handed with this token, or undefined (a reload, an old link, no token). */
export function takeHandOff(token: unknown): unknown {
  return typeof token === 'string' && latest?.token === token ? latest.value : undefined
}
