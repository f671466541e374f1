import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { commit, createPersistedStorage } from '@/platform/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { migrateWith } from '@/lib/stored-record'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import { newId } from '@/lib/ids'
import { appendCall, type CallOutcome, type CallRecord } from './model'
import { CALL_LOG_RECORD } from './record'

interface CallLogState {
  calls: CallRecord[]
}

export const useCallLog = create<CallLogState>()(
  persist(() => ({ calls: [] as CallRecord[] }), {
    name: CALL_LOG_RECORD.key,
    version: CALL_LOG_RECORD.version,
    storage: createPersistedStorage(CALL_LOG_RECORD),
    migrate: migrateWith(CALL_LOG_RECORD),
    partialize: (state) => ({ calls: state.calls }),
  }),
)

onAllDataCleared(() => useCallLog.setState({ calls: [] }))
onStoredDataReplaced(() => useCallLog.persist.rehydrate())

/** Writes a call to the log and waits until it is saved on the phone. */
export function logCall(call: { at: number; number: string; label: string; outcome: CallOutcome }): Promise<PlatformResult> {
  return commit(useCallLog, CALL_LOG_RECORD.key, (state) => ({ calls: appendCall(state.calls, { id: newId(call.at), ...call }) }))
}
