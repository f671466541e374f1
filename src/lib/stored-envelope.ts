/**
 * Every stored record is an envelope `{ state, version }`, the shape zustand's `persist` writes.
 * Decoding never throws: a record we cannot read is reported, so it can be set aside untouched.
 */
export interface Envelope<S> {
  state: S
  version: number
}

export type DecodedEnvelope<S> =
  | { kind: 'ok'; envelope: Envelope<S> }
  | { kind: 'corrupt' }
  | { kind: 'unknown-version'; version: number }

function parseMaybeJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

/**
 * Reads a stored value written by this or an earlier version of the app.
 * A version newer than `currentVersion` came from a newer app and is never guessed at.
 */
export function decodeEnvelope<S>(raw: unknown, currentVersion: number): DecodedEnvelope<S> {
  const value = parseMaybeJson(raw)
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'corrupt' }
  const record = value as { state?: unknown; version?: unknown }
  if (!('state' in record) || typeof record.state !== 'object' || record.state === null) return { kind: 'corrupt' }
  const version = record.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'corrupt' }
  if (version > currentVersion) return { kind: 'unknown-version', version }
  return { kind: 'ok', envelope: { state: record.state as S, version } }
}
