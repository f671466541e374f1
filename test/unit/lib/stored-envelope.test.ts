import fc from 'fast-check'
import { decodeEnvelope } from '@/lib/stored-envelope'

describe('decodeEnvelope', () => {
  it('reads an object envelope', () => {
    expect(decodeEnvelope({ state: { a: 1 }, version: 1 }, 1)).toEqual({ kind: 'ok', envelope: { state: { a: 1 }, version: 1 } })
  })

  it('reads a JSON string envelope', () => {
    expect(decodeEnvelope('{"state":{"a":1},"version":0}', 1)).toEqual({ kind: 'ok', envelope: { state: { a: 1 }, version: 0 } })
  })

  it('refuses a record from a newer app instead of guessing', () => {
    expect(decodeEnvelope({ state: {}, version: 9 }, 1)).toEqual({ kind: 'unknown-version', version: 9 })
  })

  it.each([['{not json'], [''], [42], [null], [[]], [{ state: {} }], [{ version: 1 }], [{ state: 'x', version: 1 }], [{ state: {}, version: -1 }]])(
    'calls %p corrupt',
    (raw) => {
      expect(decodeEnvelope(raw, 1)).toEqual({ kind: 'corrupt' })
    },
  )

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (raw) => {
        expect(['ok', 'corrupt', 'unknown-version']).toContain(decodeEnvelope(raw, 1).kind)
      }),
    )
  })
})
