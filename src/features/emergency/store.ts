import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { commit, createPersistedStorage, followOtherWriters } from '@/persistence/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import { startSession, toggleStep, type EmergencySession } from './model'
import { EMERGENCY_RECORD } from './record'

export type Sessions = Partial<Record<EmergencyVariant, EmergencySession>>

interface EmergencyState {
  sessions: Sessions
}

export const useEmergency = create<EmergencyState>()(
  persist(() => ({ sessions: {} as Sessions }), {
    name: EMERGENCY_RECORD.key,
    version: EMERGENCY_RECORD.version,
    storage: createPersistedStorage(EMERGENCY_RECORD),
    // Older stored values are migrated by the storage adapter (EMERGENCY_RECORD.migrate), so zustand always gets today's version.
    partialize: (state) => ({ sessions: state.sessions }),
  }),
)

onAllDataCleared(() => useEmergency.setState({ sessions: {} }))
onStoredDataReplaced(() => useEmergency.persist.rehydrate())
followOtherWriters(useEmergency, EMERGENCY_RECORD.key)

/** Starts the variant's session, or keeps the one already running so its ticks survive. */
export function openSession(variant: EmergencyVariant, now: number): Promise<PlatformResult> | undefined {
  if (useEmergency.getState().sessions[variant]) return undefined
  return commit(useEmergency, EMERGENCY_RECORD.key, (state) => ({ sessions: { ...state.sessions, [variant]: startSession(variant, now) } }))
}

type SessionChange = Partial<Pick<EmergencySession, 'moneyOutAt' | 'remoteControl' | 'leaks'>>

/** Records an answer on the session (when the money went out, screen sharing, what leaked), and waits until it is saved. */
export function answerSession(variant: EmergencyVariant, change: SessionChange, now: number): Promise<PlatformResult> {
  return commit(useEmergency, EMERGENCY_RECORD.key, (state) => {
    const session = state.sessions[variant] ?? startSession(variant, now)
    return { sessions: { ...state.sessions, [variant]: { ...session, ...change } } }
  })
}

/** Ticks or unticks a step, and waits until that is saved; on failure the tick is rolled back. */
export function toggleEmergencyStep(variant: EmergencyVariant, stepId: string, now: number): Promise<PlatformResult> {
  return commit(useEmergency, EMERGENCY_RECORD.key, (state) => {
    const session = state.sessions[variant] ?? startSession(variant, now)
    return { sessions: { ...state.sessions, [variant]: toggleStep(session, stepId, now) } }
  })
}

/** Unticks a step in every session, when the plan says it is not done after all. */
export function untickEverywhere(stepId: string): Promise<PlatformResult> {
  return commit(useEmergency, EMERGENCY_RECORD.key, (state) => ({
    sessions: Object.fromEntries(
      Object.entries(state.sessions).map(([variant, session]) => {
        if (!session || session.done[stepId] === undefined) return [variant, session]
        const done = { ...session.done }
        delete done[stepId]
        return [variant, { ...session, done }]
      }),
    ),
  }))
}
