import fc from 'fast-check'
import { formatElapsed, isEmergencyVariant, sessionProgress, startSession, toggleStep } from '@/features/emergency/model'

const T0 = Date.UTC(2026, 10, 22, 6, 0, 0)

describe('emergency session', () => {
  it('starts with nothing ticked', () => {
    const session = startSession('scammed', T0)
    expect(session).toEqual({ variant: 'scammed', startedAt: T0, done: {} })
    expect(sessionProgress(session)).toMatchObject({ done: 0, total: 5 })
    expect(sessionProgress(session).nextStep?.id).toBe('stop-paying')
  })

  it('ticks a step with its time, and unticks it on a second tap', () => {
    const ticked = toggleStep(startSession('scammed', T0), 'call-police', T0 + 60_000)
    expect(ticked.done).toEqual({ 'call-police': T0 + 60_000 })
    expect(sessionProgress(ticked)).toMatchObject({ done: 1, total: 5 })
    expect(toggleStep(ticked, 'call-police', T0 + 120_000).done).toEqual({})
  })

  it('points at the first step not yet done', () => {
    const session = toggleStep(startSession('scammed', T0), 'stop-paying', T0)
    expect(sessionProgress(session).nextStep?.id).toBe('call-police')
  })

  it('ignores a step id that does not belong to the variant', () => {
    const session = startSession('leaked', T0)
    expect(toggleStep(session, 'call-bank', T0)).toBe(session)
  })

  it('recognises only the two variants', () => {
    expect(isEmergencyVariant('scammed')).toBe(true)
    expect(isEmergencyVariant('leaked')).toBe(true)
    expect(isEmergencyVariant('<script>')).toBe(false)
    expect(isEmergencyVariant(undefined)).toBe(false)
  })
})

describe('formatElapsed', () => {
  it.each([
    [0, '0 秒'],
    [45_000, '45 秒'],
    [185_000, '3 分 05 秒'],
    [3_600_000 + 12 * 60_000, '1 小时 12 分'],
    [2 * 86_400_000 + 3 * 3_600_000, '2 天 3 小时'],
  ])('shows %i ms as 「%s」', (elapsed, text) => {
    expect(formatElapsed(T0, T0 + elapsed)).toBe(text)
  })

  it('never shows a negative time when the clock moved backwards', () => {
    expect(formatElapsed(T0, T0 - 5_000)).toBe('0 秒')
  })

  it('always produces a short label for any elapsed time up to a year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 86_400_000 }), (elapsed) => {
        const text = formatElapsed(T0, T0 + elapsed)
        expect(text).toMatch(/^\d+ (秒|分 \d{2} 秒|小时 \d{2} 分|天 \d+ 小时)$/)
      }),
    )
  })
})
