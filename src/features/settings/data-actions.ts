import type { RecordSpec } from '@/lib/stored-record'
import { ASIDE_PREFIX, BACKUP_PREFIX } from '@/lib/stored-record'
import { DRAFT_PREFIX } from '@/lib/draft'
import { listKeys, readAllRaw, removeKey, writeBlockFor } from '@/platform/storage'
import { forgetLoadedKeys } from '@/platform/persisted-storage'
import { removeAllPhotos } from '@/platform/files'
import { CALL_LOG_RECORD } from '@/features/calls/record'
import { useCallLog } from '@/features/calls/store'
import { EMERGENCY_RECORD } from '@/features/emergency/record'
import { useEmergency } from '@/features/emergency/store'
import { INDEX_RECORD, NOTE_RECORD } from '@/features/evidence/record'
import { loadAllNotes, resetEvidence } from '@/features/evidence/store'
import { PLAN_RECORD } from '@/features/plan/record'
import { usePlan } from '@/features/plan/store'
import { REMINDERS_RECORD } from '@/features/reminders/record'
import { useReminders } from '@/features/reminders/store'

/** Every key the app writes starts with this, so 「删除全部数据」 can find them all. */
const APP_KEY_PREFIX = 'bj.'

/** Every stored record's contract, for restoring set-aside copies. */
export const RECORD_SPECS = [CALL_LOG_RECORD, EMERGENCY_RECORD, REMINDERS_RECORD, PLAN_RECORD, INDEX_RECORD, NOTE_RECORD] as RecordSpec<unknown>[]

/** Keys the app is keeping untouched because it cannot safely write them (a newer version, a failed read), with their raw value. */
async function untouchedRecords(): Promise<Record<string, unknown>> {
  const all = await readAllRaw(APP_KEY_PREFIX)
  return Object.fromEntries(Object.entries(all).filter(([key]) => writeBlockFor(key)))
}

/**
 * Everything the app keeps, as readable JSON the user can paste somewhere safe. Photos are listed
 * by path. Copies set aside, backups taken before an update, unsaved drafts and records kept
 * read-only are included as stored, each under its own key.
 */
export async function exportAllData(version: string, now: number = Date.now()): Promise<string> {
  const notes = await loadAllNotes()
  const plan = usePlan.getState()
  const reminders = useReminders.getState()
  return JSON.stringify(
    {
      app: '被骗急救',
      version,
      exportedAt: new Date(now).toISOString(),
      emergency: useEmergency.getState().sessions,
      calls: useCallLog.getState().calls,
      evidence: notes,
      reminders: reminders.reminders,
      calendarAddedAt: reminders.calendarAddedAt,
      plan: { answers: plan.answers, done: plan.done, details: plan.details },
      drafts: await readAllRaw(DRAFT_PREFIX),
      setAside: await readAllRaw(ASIDE_PREFIX),
      backups: await readAllRaw(BACKUP_PREFIX),
      keptReadOnly: await untouchedRecords(),
    },
    null,
    2,
  )
}

/** How many set-aside copies and backups 「删除全部数据」 would remove too, so the dialog can say so. */
export function keptCopyCount(): number {
  return listKeys(ASIDE_PREFIX).length + listKeys(BACKUP_PREFIX).length
}

/** Reads every store from storage again, after a restore put records back. */
export async function reloadStores(): Promise<void> {
  resetEvidence()
  await Promise.all([useEmergency.persist.rehydrate(), useCallLog.persist.rehydrate(), useReminders.persist.rehydrate(), usePlan.persist.rehydrate()])
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
  forgetLoadedKeys()
  await reloadStores()
}
