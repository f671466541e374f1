import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createPersistedStorage } from '@/platform/persisted-storage'
import { newId } from '@/lib/ids'
import { appendCall, type CallOutcome, type CallRecord } from './model'

const VERSION = 1

interface CallLogState {
  calls: CallRecord[]
  logCall: (call: { at: number; number: string; label: string; outcome: CallOutcome }) => void
}

export const useCallLog = create<CallLogState>()(
  persist(
    (set) => ({
      calls: [],
      logCall: (call) => set((state) => ({ calls: appendCall(state.calls, { id: newId(call.at), ...call }) })),
    }),
    {
      name: 'bj.calls',
      version: VERSION,
      storage: createPersistedStorage<Pick<CallLogState, 'calls'>>(VERSION),
      partialize: (state) => ({ calls: state.calls }),
    },
  ),
)
