import {
  checklistView,
  isEmergencyVariant,
  sessionProgress,
  sinceMoneyOut,
  startSession,
  stepsFor,
  toggleStep,
} from '@/features/emergency/model'

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

  it('ignores a step id that does not belong to the session', () => {
    const session = { ...startSession('leaked', T0), leaks: ['phone' as const] }
    expect(toggleStep(session, 'call-bank', T0)).toBe(session)
  })

  it('recognises only the two variants', () => {
    expect(isEmergencyVariant('scammed')).toBe(true)
    expect(isEmergencyVariant('leaked')).toBe(true)
    expect(isEmergencyVariant('<script>')).toBe(false)
    expect(isEmergencyVariant(undefined)).toBe(false)
  })
})

describe('checklist', () => {
  it('opens the current step, lists the next two, counts the rest, and folds the finished ones', () => {
    const steps = stepsFor('scammed')
    const view = checklistView(steps, { 'stop-paying': T0 })
    expect(view.current?.id).toBe('call-police')
    expect(view.next.map((step) => step.id)).toEqual(['call-bank', 'keep-evidence'])
    expect(view.later).toBe(1)
    expect(view.finished.map((step) => step.id)).toEqual(['stop-paying'])
  })

  it('puts first aid first when the scammer had the screen shared or an app installed', () => {
    expect(stepsFor('scammed', { remoteControl: true })[0].id).toBe('first-aid')
    expect(stepsFor('scammed', { remoteControl: false })[0].id).toBe('stop-paying')
  })

  it('shows the leak steps only once the user said what leaked, and only those that fit', () => {
    expect(stepsFor('leaked', {})).toEqual([])
    const idOnly = stepsFor('leaked', { leaks: ['id-number'] }).map((step) => step.id)
    expect(idOnly).toEqual(expect.arrayContaining(['check-phone-cards', 'credit-report']))
    expect(idOnly).not.toContain('change-passwords')
    expect(idOnly).not.toContain('call-police')
    expect(stepsFor('leaked', { leaks: ['password'] }).map((step) => step.id)).toContain('change-passwords')
    expect(stepsFor('leaked', { leaks: ['ticket'] }).map((step) => step.id)).toContain('verify-airline')
  })
})

describe('time since the money went out', () => {
  it.each([
    [0, '转账刚刚发生'],
    [10 * 60_000, '转账已过 10 分钟'],
    [35 * 60_000 + 20_000, '转账已过 35 分钟'],
    [125 * 60_000, '转账已过 2 小时 5 分'],
    [120 * 60_000, '转账已过 2 小时'],
    [3 * 24 * 3_600_000, '转账已过 3 天'],
    [-60_000, '转账刚刚发生'],
  ])('says %i ms as %s', (elapsed, text) => {
    expect(sinceMoneyOut(T0, T0 + elapsed)).toBe(text)
  })
})

describe('C1: a money-out time later than now (the clock moved back)', () => {
  it('asks to check it instead of saying 「刚刚」', () => {
    expect(sinceMoneyOut(T0 + 60 * 60_000, T0)).toBe('记下的时间比手机现在的时间还晚，请点“改时间”核对')
    expect(sinceMoneyOut(T0 + 60_000, T0)).toBe('转账刚刚发生')
  })
})

describe('checklistView with a step opened from 「接下来」', () => {
  it('shows the opened step as the current one while it is not done, and keeps the rest in order', () => {
    const steps = stepsFor('scammed', { remoteControl: false })
    const view = checklistView(steps, {}, 'call-bank')
    expect(view.current?.id).toBe('call-bank')
    expect(view.next.map((step) => step.id)).toEqual(['stop-paying', 'call-police'])
    // Once done, the first open step leads again.
    expect(checklistView(steps, { 'call-bank': 1 }, 'call-bank').current?.id).toBe('stop-paying')
  })
})
