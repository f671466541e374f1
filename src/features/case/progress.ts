import { HOTLINES } from '@/content/hotlines'
import { isStepId, type StepId } from '@/content/emergency-steps'
import type { HotlineGroup } from '@/content/types'
import type { CallRecord } from '@/features/calls'
import type { EmergencySession } from '@/features/emergency'
import type { IndexEntry } from '@/features/evidence'

/** Which checklist steps a call that got through completes, by who was called. */
const STEPS_BY_GROUP: Partial<Record<HotlineGroup, StepId[]>> = {
  bank: ['call-bank', 'ask-bank'],
  payment: ['call-bank'],
  airline: ['verify-airline'],
  travel: ['verify-airline'],
}
const STEPS_BY_HOTLINE: Record<string, StepId[]> = {
  'police-110': ['call-police'],
  'credit-center': ['credit-report'],
  alipay: ['call-bank', 'call-alipay'],
  'wechat-pay': ['call-bank', 'call-wechat-pay'],
}

function stepsCompletedBy(call: CallRecord): StepId[] {
  const hotline = HOTLINES.find((entry) => entry.dial === call.number)
  if (!hotline) return []
  return STEPS_BY_HOTLINE[hotline.id] ?? STEPS_BY_GROUP[hotline.group] ?? []
}

/** When each step was done, by step id. */
export type StepTimes = Partial<Record<StepId, number>>

function earliest(into: StepTimes, stepId: StepId, at: number): void {
  const before = into[stepId]
  if (before === undefined || at < before) into[stepId] = at
}

/**
 * Steps the case shows as done because the action really happened: a call the user said got
 * through, an evidence note saved. Pure; the emergency screen and the plan add their own ticks.
 */
export function stepsDoneByActions({ calls, entries }: { calls: CallRecord[]; entries: IndexEntry[] }): StepTimes {
  const done: StepTimes = {}
  for (const call of calls) if (call.answered) stepsCompletedBy(call).forEach((stepId) => earliest(done, stepId, call.at))
  if (entries.length > 0) earliest(done, 'keep-evidence', Math.max(...entries.map(([, at]) => at)))
  return done
}

/** Every step ticked on the emergency screen, in any session, at its earliest tick. */
export function emergencyTicks(sessions: Partial<Record<string, EmergencySession>>): StepTimes {
  const done: StepTimes = {}
  for (const session of Object.values(sessions)) {
    for (const [stepId, at] of Object.entries(session?.done ?? {})) if (isStepId(stepId)) earliest(done, stepId, at)
  }
  return done
}
