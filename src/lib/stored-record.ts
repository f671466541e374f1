import * as v from 'valibot'

// The one contract every stored key keeps. A record is an envelope `{ state, version }`.
// Loading runs the migrate chain from the stored version up to today's, checks the result
// against today's schema, and sets aside (never drops) what it cannot read. Pure: no storage here.

/** What is stored under every key: today's state and the version it was written by. */
export interface Envelope<S> {
  state: S
  version: number
}

export interface RecordSpec<S> {
  key: string
  /** Today's version. Bump it only together with a new `migrate` step. */
  version: number
  /** Today's shape, declared once: it checks every load and is the TypeScript type. */
  schema: v.GenericSchema<unknown, S>
  /** `migrate[n]` turns a version-n state into a version n+1 state. One pure step per version. */
  migrate: Record<number, (state: unknown) => unknown>
  /**
   * Collections inside the state (lists, or maps from id to entry) whose entries are checked one
   * by one, so that one bad entry is set aside alone and the rest still load.
   */
  lists?: { field: string; entry: v.GenericSchema }[]
}

/** Entries of a collection that could not be read, kept so they can be set aside with their field. Map entries are [id, value]. */
export interface QuarantinedEntries {
  field: string
  /** True for a map from id to entry, whose entries are kept as [id, value]. */
  keyed: boolean
  entries: unknown[]
}

export type RecordLoad<S> =
  /** Readable. `fromVersion` below `version` means it was migrated and must be written back. */
  | { kind: 'ok'; state: S; fromVersion: number; quarantined: QuarantinedEntries[] }
  /** Written by a newer app. `state` is there when today's schema can still read it, for read-only display. */
  | { kind: 'newer'; version: number; state?: S }
  /** Not an envelope, a version that is not a whole number, a failed migration or a wrong shape. */
  | { kind: 'corrupt'; reason: string }

function parseMaybeJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Runs the chain from `from` to `to`. Throws when a step is missing or fails; the caller sets the record aside. */
export function runMigrations(state: unknown, from: number, to: number, migrate: RecordSpec<unknown>['migrate']): unknown {
  let current = state
  for (let version = from; version < to; version += 1) {
    const step = migrate[version]
    if (!step) throw new Error(`no migration from version ${version}`)
    current = step(current)
  }
  return current
}

/** Splits each checked list into readable entries and the rest. The state itself is copied, never changed. */
function separateBadEntries(state: Record<string, unknown>, lists: NonNullable<RecordSpec<unknown>['lists']>) {
  const cleaned: Record<string, unknown> = { ...state }
  const quarantined: QuarantinedEntries[] = []
  for (const { field, entry } of lists) {
    const collection = state[field]
    const bad: unknown[] = []
    const keyed = !Array.isArray(collection)
    if (Array.isArray(collection)) {
      const good: unknown[] = []
      for (const item of collection) {
        const checked = v.safeParse(entry, item)
        if (checked.success) good.push(checked.output)
        else bad.push(item)
      }
      cleaned[field] = good
    } else if (isObject(collection)) {
      const good: Record<string, unknown> = {}
      for (const [id, item] of Object.entries(collection)) {
        const checked = v.safeParse(entry, item)
        if (checked.success) good[id] = checked.output
        else bad.push([id, item])
      }
      cleaned[field] = good
    } else {
      // A collection that is not one is a damaged record, not an empty one.
      return { error: `${field} is not a collection` }
    }
    if (bad.length > 0) quarantined.push({ field, keyed, entries: bad })
  }
  return { cleaned, quarantined }
}

/** Reads a stored value of any version. Never throws. */
export function loadRecord<S>(spec: RecordSpec<S>, raw: unknown): RecordLoad<S> {
  const value = parseMaybeJson(raw)
  if (!isObject(value)) return { kind: 'corrupt', reason: 'not an envelope' }
  const { version, state } = value
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { kind: 'corrupt', reason: 'version is not a whole number' }
  if (version > spec.version) {
    const readable = v.safeParse(spec.schema, state)
    return { kind: 'newer', version, state: readable.success ? readable.output : undefined }
  }
  let migrated: unknown
  try {
    migrated = runMigrations(state, version, spec.version, spec.migrate)
  } catch (error) {
    return { kind: 'corrupt', reason: `migration failed: ${error instanceof Error ? error.message : String(error)}` }
  }
  if (!isObject(migrated)) return { kind: 'corrupt', reason: 'state is not an object' }
  const separated = separateBadEntries(migrated, spec.lists ?? [])
  if ('error' in separated) return { kind: 'corrupt', reason: separated.error as string }
  const checked = v.safeParse(spec.schema, separated.cleaned)
  if (!checked.success) return { kind: 'corrupt', reason: checked.issues.map((issue) => v.getDotPath(issue) ?? issue.message).join(', ') }
  return { kind: 'ok', state: checked.output, fromVersion: version, quarantined: separated.quarantined }
}

/** The envelope written for today's version. */
export function envelope<S>(spec: RecordSpec<S>, state: S): Envelope<S> {
  return { state, version: spec.version }
}

/** How many user records a state holds: list entries, or 1 for a non-empty record. For the "never fewer" property. */
export function countEntries(spec: RecordSpec<unknown>, state: unknown): number {
  if (!isObject(state)) return 0
  if (!spec.lists?.length) return Object.keys(state).length > 0 ? 1 : 0
  return spec.lists.reduce((sum, { field }) => {
    const collection = state[field]
    if (Array.isArray(collection)) return sum + collection.length
    return sum + (isObject(collection) ? Object.keys(collection).length : 0)
  }, 0)
}

/** Storage keys the loaders never scan: copies set aside, and backups taken before a migration. */
export const ASIDE_PREFIX = 'bj.aside.'
export const BACKUP_PREFIX = 'bj.backup.'

/** `bj.aside.bj.reminders.1795327200000` */
export function asideKey(key: string, now: number): string {
  return `${ASIDE_PREFIX}${key}.${now}`
}

/** `bj.backup.bj.plan.v1` */
export function backupKey(key: string, fromVersion: number): string {
  return `${BACKUP_PREFIX}${key}.v${fromVersion}`
}

/** The key a set-aside copy or a backup belongs to, or undefined for any other key. */
export function originalKeyOf(storedKey: string): string | undefined {
  if (storedKey.startsWith(ASIDE_PREFIX)) return /^(.*)\.\d+$/.exec(storedKey.slice(ASIDE_PREFIX.length))?.[1]
  if (storedKey.startsWith(BACKUP_PREFIX)) return /^(.*)\.v\d+$/.exec(storedKey.slice(BACKUP_PREFIX.length))?.[1]
  return undefined
}

/**
 * The first release kept set-aside copies at `<key>.set-aside.<time>`, where the note loader saw
 * them again on every start. Returns the key such a copy moves to, or undefined for other keys.
 */
export function legacyAsideTarget(storedKey: string): string | undefined {
  const match = /^(.*)\.set-aside\.(\d+)$/.exec(storedKey)
  return match ? asideKey(match[1], Number(match[2])) : undefined
}
