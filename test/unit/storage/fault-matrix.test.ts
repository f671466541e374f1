// Every stored key, against every way its stored value can be wrong. The outcome is always one of:
// loaded (with bad entries set aside), read-only (newer), or set aside whole (corrupt). Never a throw,
// never a silent empty.
import fs from 'fs'
import path from 'path'
import fc from 'fast-check'
import { countEntries, loadRecord, type RecordLoad } from '@/lib/stored-record'
import { SPECS } from './specs'

const DIR = path.resolve(__dirname, '../../fixtures/storage')
/** Today's fixture for a key: a real, fully readable stored value. */
function current(key: string): { state: Record<string, unknown>; version: number } {
  const spec = SPECS[key]
  return JSON.parse(fs.readFileSync(path.join(DIR, `${key}.v${spec.version}.json`), 'utf8')).stored
}

const keys = Object.keys(SPECS)

/** Every field of today's state set to each wrong kind of value in turn. */
function wrongShapes(key: string): [string, unknown][] {
  const good = current(key)
  const cases: [string, unknown][] = []
  for (const field of Object.keys(good.state)) {
    for (const [label, bad] of [
      ['null', null],
      ['a string', 'oops'],
      ['a number', 7],
      ['an object', { nested: true }],
    ] as const) {
      cases.push([`${field} as ${label}`, { ...good, state: { ...good.state, [field]: bad } }])
    }
  }
  return cases
}

const outcome = (loaded: RecordLoad<unknown>) => loaded.kind

describe.each(keys)('%s', (key) => {
  const spec = SPECS[key]

  it('loads today’s value unchanged', () => {
    expect(loadRecord(spec, current(key))).toMatchObject({ kind: 'ok', fromVersion: spec.version, quarantined: [] })
  })

  it('keeps a newer version read-only, never migrating or dropping it', () => {
    const newer = { ...current(key), version: spec.version + 1 }
    const loaded = loadRecord(spec, newer)
    expect(loaded.kind).toBe('newer')
    // Still shown when today's schema can read it.
    expect(loaded.kind === 'newer' && loaded.state).toBeTruthy()
  })

  it.each([
    ['a version that is not a number', (value: { state: unknown }) => ({ ...value, version: '1' })],
    ['a negative version', (value: { state: unknown }) => ({ ...value, version: -1 })],
    ['no state', () => ({ version: 1 })],
    ['not JSON', () => '{"state": [broken'],
    ['an empty string', () => ''],
    ['a bare array', () => []],
  ])('calls %s corrupt, to be set aside whole', (_label, damage) => {
    expect(outcome(loadRecord(spec, damage(current(key))))).toBe('corrupt')
  })

  it('never loads a wrong-shaped field as if it were empty', () => {
    const listFields = (spec.lists ?? []).map((list) => list.field)
    for (const [label, value] of wrongShapes(key)) {
      const damaged = (value as { state: Record<string, unknown> }).state
      const loaded = loadRecord(spec, value)
      const field = label.split(' as ')[0]
      const notACollection = listFields.includes(field) && (damaged[field] === null || typeof damaged[field] !== 'object')
      // A list that is not a list is set aside whole; otherwise every entry is either loaded or set aside.
      const acceptable = notACollection
        ? loaded.kind === 'corrupt'
        : loaded.kind === 'corrupt' ||
          (loaded.kind === 'ok' && countEntries(spec, loaded.state) + loaded.quarantined.reduce((sum, entry) => sum + entry.entries.length, 0) >= countEntries(spec, damaged))
      expect({ label, acceptable }).toEqual({ label, acceptable: true })
    }
  })

  if (spec.lists?.length) {
    it('sets aside a null entry in a list alone, and keeps the rest', () => {
      const good = current(key)
      const { field } = spec.lists?.[0] as { field: string }
      const collection = good.state[field]
      const damaged = Array.isArray(collection) ? [...collection, null] : { ...(collection as object), broken: null }
      const loaded = loadRecord(spec, { ...good, state: { ...good.state, [field]: damaged } })
      expect(loaded).toMatchObject({ kind: 'ok', quarantined: [{ field, entries: [Array.isArray(collection) ? null : ['broken', null]] }] })
      expect(loaded.kind === 'ok' && countEntries(spec, loaded.state)).toBe(countEntries(spec, good.state))
    })
  }

  it('never throws, and never returns fewer user records than it was given (fast-check)', () => {
    const good = current(key)
    const field = spec.lists?.[0]?.field
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 8 }), fc.constantFrom(-1, spec.version, spec.version + 1, spec.version + 2), (junk, version) => {
        const collection = field ? good.state[field] : undefined
        const state = field
          ? { ...good.state, [field]: Array.isArray(collection) ? [...collection, ...junk] : { ...(collection as object), ...Object.fromEntries(junk.map((item, index) => [`j${index}`, item])) } }
          : { ...good.state, extra: junk }
        const given = countEntries(spec, state)
        const loaded = loadRecord(spec, { state, version })
        if (loaded.kind !== 'ok') return true // kept whole: set aside (corrupt) or left in place (newer)
        const kept = countEntries(spec, loaded.state) + loaded.quarantined.reduce((sum, entry) => sum + entry.entries.length, 0)
        return kept >= given
      }),
    )
  })
})
