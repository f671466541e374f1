import { useCallLog } from '@/features/calls'
import { tickedSteps, useEmergency } from '@/features/emergency'
import { loadAllNotes, unreadableNoteCount, type EvidenceNote } from '@/features/evidence'
import { SITUATIONS } from '@/content/plan-answers'
import { usePlan, type CaseFileForLetters } from '@/features/plan'
import { completedFollowUps, useReminders } from '@/features/reminders'
import { transferNotes } from './call-facts'
import { buildReportPack, incidentTime, type IncidentTime, type Reporter } from './report-pack'

/** What the pack screen adds on the spot: who is reporting, and the 事发时间 the user settled on. */
export interface PackChoices {
  reporter?: Reporter
  chosenIncidentAt?: number
}

/** The report pack for the case as it stands on this phone, the notes it was built from, and its 事发时间. */
export async function currentReportPack(
  now: number = Date.now(),
  choices: PackChoices = {},
): Promise<{ text: string; notes: EvidenceNote[]; incident: IncidentTime }> {
  const notes = await loadAllNotes()
  const sessions = useEmergency.getState().sessions
  const text = buildReportPack({
    ...choices,
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
  return { text, notes, incident: incidentTime(sessions.scammed?.moneyOutAt, transferNotes(notes), choices.chosenIncidentAt) }
}

/** What the letters take from the case file: the transfers, oldest first, and the report pack if there are notes. */
export async function caseFileForLetters(now: number = Date.now()): Promise<CaseFileForLetters> {
  const { text, notes } = await currentReportPack(now)
  const transfers = transferNotes(notes).map((note) => ({
    at: note.occurredAt,
    amountFen: note.amountFen ?? 0,
    account: note.party.account,
    institution: note.party.institution,
  }))
  return { transfers, reportPack: notes.length > 0 ? text : undefined }
}
