// Every version of every key that was ever written loads as today's shape, equal to what was expected.
import fs from 'fs'
import path from 'path'
import { loadRecord } from '@/lib/stored-record'
import { FIRST_VERSION, SPECS } from './specs'

const DIR = path.resolve(__dirname, '../../fixtures/storage')
const fixtures = fs
  .readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const [, key, version] = /^(.*)\.v(\d+)\.json$/.exec(name) as RegExpExecArray
    return {
      name,
      key,
      version: Number(version),
      ...(JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as { stored: unknown; expected: unknown }),
    }
  })

describe('stored fixtures', () => {
  it('has today’s version and every earlier one, from a synthetic v0 for keys of the first release', () => {
    for (const [key, spec] of Object.entries(SPECS)) {
      const versions = fixtures.filter((fixture) => fixture.key === key).map((fixture) => fixture.version)
      const first = FIRST_VERSION[key] ?? 0
      expect({ key, versions: versions.sort() }).toEqual({
        key,
        versions: Array.from({ length: spec.version + 1 - first }, (_, index) => first + index),
      })
    }
  })

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('migrates %s to today’s shape', (_name, fixture) => {
    const loaded = loadRecord(SPECS[fixture.key], fixture.stored)
    expect(loaded).toEqual({ kind: 'ok', state: fixture.expected, fromVersion: fixture.version, quarantined: [] })
  })
})
