import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { commit, createPersistedStorage, followOtherWriters } from '@/persistence/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import { newId } from '@/lib/ids'
import { appendCall, type CallOutcome, type CallRecord } from './model'
import { CALL_LOG_RECORD } from './record'

interface CallLogState {
  calls: CallRecord[]
  /** The call just made, whose outcome the sheet is asking about. Not stored: it is a question on screen. */
  asking?: string
}

export const useCallLog = create<CallLogState>()(
  persist((): CallLogState => ({ calls: [] }), {
    name: CALL_LOG_RECORD.key,
    version: CALL_LOG_RECORD.version,
    storage: createPersistedStorage(CALL_LOG_RECORD),
    // Older stored values are migrated by the storage adapter (CALL_LOG_RECORD.migrate), so zustand always gets today's version.
    partialize: (state) => ({ calls: state.calls }),
  }),
)

onAllDataCleared(() => useCallLog.setState({ calls: [], asking: undefined }))
onStoredDataReplaced(() => useCallLog.persist.rehydrate())
followOtherWriters(useCallLog, CALL_LOG_RECORD.key)

/** Writes a call to the log and waits until it is saved on the phone. Resolves to the new record's id when saved. */
export async function logCall(call: { at: number; number: string; label: string; outcome: CallOutcome }): Promise<PlatformResult<string>> {
  const id = newId(call.at)
  const saved = await commit(useCallLog, CALL_LOG_RECORD.key, (state) => ({ calls: appendCall(state.calls, { id, ...call }) }))
  return saved.ok ? { ok: true, value: id } : saved
}

/** Opens the 「刚才的电话打通了吗？」 sheet for this call. */
export function askOutcome(callId: string): void {
  useCallLog.setState({ asking: callId })
}

export function stopAsking(): void {
  useCallLog.setState({ asking: undefined })
}

/** What the user said after a call: got through or not, and a receipt number and a note if given. */
export function recordOutcome(callId: string, outcome: { answered: boolean; reference?: string; note?: string }): Promise<PlatformResult> {
  return commit(useCallLog, CALL_LOG_RECORD.key, (state) => ({
    calls: state.calls.map((call) => (call.id === callId ? { ...call, ...outcome } : call)),
  }))
}
