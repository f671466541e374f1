import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { createPersistedStorage } from '@/platform/persisted-storage'
import { startSession, toggleStep, type EmergencySession } from './model'

const VERSION = 1

type Sessions = Partial<Record<EmergencyVariant, EmergencySession>>

interface EmergencyState {
  sessions: Sessions
  /** Starts the variant's session, or keeps the one already running so its clock and ticks survive. */
  openSession: (variant: EmergencyVariant, now: number) => void
  toggle: (variant: EmergencyVariant, stepId: string, now: number) => void
}

export const useEmergency = create<EmergencyState>()(
  persist(
    (set) => ({
      sessions: {},
      openSession: (variant, now) =>
        set((state) =>
          state.sessions[variant] ? state : { sessions: { ...state.sessions, [variant]: startSession(variant, now) } },
        ),
      toggle: (variant, stepId, now) =>
        set((state) => {
          const session = state.sessions[variant] ?? startSession(variant, now)
          return { sessions: { ...state.sessions, [variant]: toggleStep(session, stepId, now) } }
        }),
    }),
    {
      name: 'bj.emergency',
      version: VERSION,
      storage: createPersistedStorage<Pick<EmergencyState, 'sessions'>>(VERSION),
      partialize: (state) => ({ sessions: state.sessions }),
    },
  ),
)
