import { ASIDE_PREFIX, BACKUP_PREFIX } from '@/lib/stored-record'
import { DRAFT_PREFIX } from '@/lib/draft-key'
import { toIsoUtc } from '@/lib/time'
import { readAllRaw, writeBlockFor } from '@/platform/storage'
import { useCallLog } from '@/features/calls'
import { useEmergency } from '@/features/emergency'
import { loadAllNotes } from '@/features/evidence'
import { useFamily } from '@/features/family'
import { usePlan } from '@/features/plan'
import { useReminders } from '@/features/reminders'

/** Records the app keeps untouched because it cannot safely write them (a newer version, a failed read), as stored. */
async function keptReadOnly(): Promise<Record<string, unknown>> {
  const all = await readAllRaw('bj.')
  return Object.fromEntries(Object.entries(all).filter(([key]) => writeBlockFor(key)))
}

/**
 * Everything the app keeps, as readable JSON the user can paste somewhere safe. Photos are listed
 * by path. Copies set aside, backups taken before an update, unsaved drafts and records kept
 * read-only are included as stored, each under its own key. Reads only.
 */
export async function exportCase(version: string, now: number = Date.now()): Promise<string> {
  const notes = await loadAllNotes()
  const plan = usePlan.getState()
  const reminders = useReminders.getState()
  return JSON.stringify(
    {
      app: '被骗急救',
      version,
      exportedAt: toIsoUtc(now),
      emergency: useEmergency.getState().sessions,
      calls: useCallLog.getState().calls,
      evidence: notes,
      reminders: reminders.reminders,
      calendarAddedAt: reminders.calendarAddedAt,
      plan: { answers: plan.answers, done: plan.done, details: plan.details },
      // The user's own family contact: in their export, never in a share or the report pack.
      familyContact: useFamily.getState().contact ?? null,
      drafts: await readAllRaw(DRAFT_PREFIX),
      setAside: await readAllRaw(ASIDE_PREFIX),
      backups: await readAllRaw(BACKUP_PREFIX),
      keptReadOnly: await keptReadOnly(),
    },
    null,
    2,
  )
}
