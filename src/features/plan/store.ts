import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { commit, createPersistedStorage, followOtherWriters } from '@/persistence/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import type { PlanAnswers } from './model'
import type { LetterDetails } from './letters'
import { PLAN_RECORD } from './record'

interface PlanState {
  answers?: PlanAnswers
  /** Step id → when it was ticked. */
  done: Record<string, number>
  details: Partial<LetterDetails>
}

export const usePlan = create<PlanState>()(
  persist((): PlanState => ({ answers: undefined, done: {}, details: {} }), {
    name: PLAN_RECORD.key,
    version: PLAN_RECORD.version,
    storage: createPersistedStorage(PLAN_RECORD),
    // Older stored values are migrated by the storage adapter (PLAN_RECORD.migrate), so zustand always gets today's version.
    partialize: (state) => ({ answers: state.answers, done: state.done, details: state.details }),
  }),
)

onAllDataCleared(() => usePlan.setState({ answers: undefined, done: {}, details: {} }))
onStoredDataReplaced(() => usePlan.persist.rehydrate())
followOtherWriters(usePlan, PLAN_RECORD.key)

const change = (update: (state: PlanState) => Partial<PlanState>): Promise<PlatformResult> => commit(usePlan, PLAN_RECORD.key, update)

/** Each change waits until it is saved; one that could not be saved is rolled back in memory. */
export const planActions = {
  /**
   * Saves new answers, with the ticks `keepTicks` keeps (those on steps still in the rebuilt plan).
   * The caller builds the plan: this store is read on home, in the WeChat main package, and must not
   * load every step's text to do it.
   */
  setAnswers: (answers: PlanAnswers, keepTicks: (done: Record<string, number>) => Record<string, number>) =>
    change((state) => ({ answers, done: keepTicks(state.done) })),
  toggle: (stepId: string, now: number) =>
    change((state) => {
      const done = { ...state.done }
      if (done[stepId] !== undefined) delete done[stepId]
      else done[stepId] = now
      return { done }
    }),
  setDetail: (field: keyof LetterDetails, value: string) => change((state) => ({ details: { ...state.details, [field]: value } })),
  /** Takes back a tick, when the emergency screen says the step is not done after all. */
  untick: (stepId: string) =>
    change((state) => {
      const done = { ...state.done }
      delete done[stepId]
      return { done }
    }),
}
