import { useCallLog } from '@/features/calls/store'
import { tickedSteps } from '@/features/emergency/model'
import { useEmergency } from '@/features/emergency/store'
import { completedFollowUps } from '@/features/reminders/model'
import { useReminders } from '@/features/reminders/store'
import { buildReportPack } from './report-pack'
import { loadAllNotes } from './store'
import type { EvidenceNote } from './model'

/** The report pack for the case as it stands on this phone, plus the notes it was built from. */
export async function currentReportPack(now: number = Date.now()): Promise<{ text: string; notes: EvidenceNote[] }> {
  const notes = await loadAllNotes()
  const sessions = useEmergency.getState().sessions
  const text = buildReportPack({
    notes,
    calls: useCallLog.getState().calls,
    steps: tickedSteps(sessions),
    followUps: completedFollowUps(useReminders.getState().reminders),
    startedAt: { scammed: sessions.scammed?.startedAt, leaked: sessions.leaked?.startedAt },
    now,
  })
  return { text, notes }
}
