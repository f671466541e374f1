import { emergencyTicks, stepsDoneByActions } from '@/features/case/progress'
import type { CallRecord } from '@/features/calls'

const T0 = Date.UTC(2026, 10, 22, 6)
const call = (number: string, answered?: boolean, at = T0): CallRecord => ({
  id: `c-${number}-${at}`,
  at,
  number,
  label: number,
  outcome: 'dialled',
  answered,
})

describe('one checklist for the case', () => {
  it('marks a step done when its call got through, and only then', () => {
    expect(stepsDoneByActions({ calls: [call('110', true)], entries: [] })).toEqual({ 'call-police': T0 })
    expect(stepsDoneByActions({ calls: [call('110', false), call('110')], entries: [] })).toEqual({})
    expect(stepsDoneByActions({ calls: [call('95588', true)], entries: [] })).toEqual({ 'call-bank': T0, 'ask-bank': T0 })
    expect(stepsDoneByActions({ calls: [call('95530', true)], entries: [] })).toEqual({ 'verify-airline': T0 })
  })

  it('never completes a step for a number the directory does not know', () => {
    expect(stepsDoneByActions({ calls: [call('02161234567', true)], entries: [] })).toEqual({})
  })

  it('marks 保留证据 done once a note is saved', () => {
    expect(stepsDoneByActions({ calls: [], entries: [['n1', T0 + 5, 'transfer']] })).toEqual({ 'keep-evidence': T0 + 5 })
  })

  it('keeps the earliest tick of a step across the emergency sessions', () => {
    expect(
      emergencyTicks({
        scammed: { variant: 'scammed', startedAt: T0, done: { 'keep-evidence': T0 + 9 } },
        leaked: { variant: 'leaked', startedAt: T0, done: { 'keep-evidence': T0 + 3, 'warn-family': T0 + 4 } },
      }),
    ).toEqual({ 'keep-evidence': T0 + 3, 'warn-family': T0 + 4 })
  })
})
