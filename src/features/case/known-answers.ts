import type { LeakKind } from '@/content/emergency-steps'
import type { Situation } from '@/content/plan-answers'
import { fenToInput } from '@/lib/money'
import type { EmergencySession } from '@/features/emergency'
import type { EvidenceNote } from '@/features/evidence'
import type { KnownAnswers } from '@/features/plan'
import { transferNotes } from './call-facts'

/** What leaked, as the plan's first question names it; the first that fits, in this order. */
const SITUATION_BY_LEAK: [LeakKind, Situation][] = [
  ['lending', 'lending-leak'],
  ['ticket', 'ticket-platform-leak'],
  ['id-number', 'id-leak'],
  ['password', 'password-leak'],
  ['phone', 'phone-leak'],
]

/**
 * The plan's answers the case already holds, so the plan starts from them: money went out (the
 * emergency screen's transfer time, or a transfer note), how much (the notes' total), whether the
 * screen was shared, and for a leak with no loss, what leaked.
 */
export function knownAnswers(sessions: Partial<Record<string, EmergencySession>>, notes: EvidenceNote[]): KnownAnswers {
  const known: KnownAnswers = {}
  const scam = sessions.scammed
  const transfers = transferNotes(notes)
  if (scam?.remoteControl !== undefined) known.remoteApp = scam.remoteControl
  if (scam?.moneyOutAt !== undefined || transfers.length > 0) known.moneyLost = true
  if (transfers.length > 0) known.amount = fenToInput(transfers.reduce((sum, note) => sum + (note.amountFen ?? 0), 0))
  const leaks = sessions.leaked?.leaks ?? []
  if (!scam && leaks.length > 0) {
    known.situation = SITUATION_BY_LEAK.find(([kind]) => leaks.includes(kind))?.[1]
    if (transfers.length === 0) known.moneyLost = false
  }
  return known
}
