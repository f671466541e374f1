import { listKeys, removeKey } from '@/platform/storage'
import { removeAllPhotos } from '@/platform/files'
import { useCallLog } from '@/features/calls/store'
import { useEmergency } from '@/features/emergency/store'
import { loadAllNotes, resetEvidence } from '@/features/evidence/store'

/** Every key the app writes starts with this, so 「删除全部数据」 can find them all. */
const APP_KEY_PREFIX = 'bj.'

/** Everything the app keeps, as readable JSON the user can paste somewhere safe. Photos are listed by path. */
export async function exportAllData(version: string, now: number = Date.now()): Promise<string> {
  const notes = await loadAllNotes()
  return JSON.stringify(
    {
      app: '被骗急救',
      version,
      exportedAt: new Date(now).toISOString(),
      emergency: useEmergency.getState().sessions,
      calls: useCallLog.getState().calls,
      evidence: notes,
    },
    null,
    2,
  )
}

/** Removes every key and photo the app wrote, then empties the stores in memory. */
export async function deleteAllData(): Promise<void> {
  for (const key of listKeys(APP_KEY_PREFIX)) await removeKey(key)
  removeAllPhotos()
  resetEvidence()
  useEmergency.setState({ sessions: {} })
  useCallLog.setState({ calls: [] })
  // The two persisted stores write their (now empty) state back; remove those keys once more.
  for (const key of listKeys(APP_KEY_PREFIX)) await removeKey(key)
}
