import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createPersistedStorage } from '@/platform/persisted-storage'
import { buildPlan, keepRemainingTicks, type PlanAnswers } from './model'
import type { LetterDetails } from './letters'

const VERSION = 1

interface PlanState {
  answers?: PlanAnswers
  /** Step id → when it was ticked. */
  done: Record<string, number>
  details: Partial<LetterDetails>
  /** Saves new answers; ticks on steps that remain in the rebuilt plan are kept. */
  setAnswers: (answers: PlanAnswers) => void
  toggle: (stepId: string, now: number) => void
  setDetail: (field: keyof LetterDetails, value: string) => void
}

export const usePlan = create<PlanState>()(
  persist(
    (set) => ({
      answers: undefined,
      done: {},
      details: {},
      setAnswers: (answers) => set((state) => ({ answers, done: keepRemainingTicks(state.done, buildPlan(answers)) })),
      toggle: (stepId, now) =>
        set((state) => {
          const done = { ...state.done }
          if (done[stepId] !== undefined) delete done[stepId]
          else done[stepId] = now
          return { done }
        }),
      setDetail: (field, value) => set((state) => ({ details: { ...state.details, [field]: value } })),
    }),
    {
      name: 'bj.plan',
      version: VERSION,
      storage: createPersistedStorage<Pick<PlanState, 'answers' | 'done' | 'details'>>(VERSION),
      partialize: (state) => ({ answers: state.answers, done: state.done, details: state.details }),
    },
  ),
)
