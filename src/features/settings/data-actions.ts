import { listKeys, removeKey } from '@/platform/storage'
import { removeAllPhotos } from '@/platform/files'
import { useCallLog } from '@/features/calls/store'
import { useEmergency } from '@/features/emergency/store'
import { loadAllNotes, resetEvidence } from '@/features/evidence/store'
import { usePlan } from '@/features/plan/store'
import { useReminders } from '@/features/reminders/store'

/** Every key the app writes starts with this, so 「删除全部数据」 can find them all. */
const APP_KEY_PREFIX = 'bj.'

/** Everything the app keeps, as readable JSON the user can paste somewhere safe. Photos are listed by path. */
export async function exportAllData(version: string, now: number = Date.now()): Promise<string> {
  const notes = await loadAllNotes()
  const plan = usePlan.getState()
  return JSON.stringify(
    {
      app: '被骗急救',
      version,
      exportedAt: new Date(now).toISOString(),
      emergency: useEmergency.getState().sessions,
      calls: useCallLog.getState().calls,
      evidence: notes,
      reminders: useReminders.getState().reminders,
      plan: { answers: plan.answers, done: plan.done, details: plan.details },
    },
    null,
    2,
  )
}

/** Removes every key and photo the app wrote, and empties every store in memory. */
export async function deleteAllData(): Promise<void> {
  removeAllPhotos()
  resetEvidence()
  useEmergency.setState({ sessions: {} })
  useCallLog.setState({ calls: [] })
  useReminders.setState({ reminders: [], calendarAddedAt: {} })
  usePlan.setState({ answers: undefined, done: {}, details: {} })
  // Last, so the stores' own write-back of their empty state is removed too.
  for (const key of listKeys(APP_KEY_PREFIX)) await removeKey(key)
}
