import { useCallLog } from '@/features/calls'
import { tickedSteps, useEmergency } from '@/features/emergency'
import { loadAllNotes, unreadableNoteCount, type EvidenceNote } from '@/features/evidence'
import { SITUATIONS } from '@/content/plan-steps'
import { usePlan, type CaseFileForLetters } from '@/features/plan'
import { completedFollowUps, useReminders } from '@/features/reminders'
import { buildReportPack } from './report-pack'

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
    moneyOutAt: sessions.scammed?.moneyOutAt,
    unreadNotes: unreadableNoteCount(),
    scamType: SITUATIONS.find((entry) => entry.situation === usePlan.getState().answers?.situation)?.label,
    now,
  })
  return { text, notes }
}

/** What the letters take from the case file: the transfers, oldest first, and the report pack if there are notes. */
export async function caseFileForLetters(now: number = Date.now()): Promise<CaseFileForLetters> {
  const { text, notes } = await currentReportPack(now)
  const transfers = notes
    .filter((note) => note.type === 'transfer' && note.amountFen !== undefined)
    .sort((a, b) => a.occurredAt - b.occurredAt)
    .map((note) => ({ at: note.occurredAt, amountFen: note.amountFen ?? 0, account: note.party.account, institution: note.party.institution }))
  return { transfers, reportPack: notes.length > 0 ? text : undefined }
}
