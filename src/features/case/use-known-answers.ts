import { useEmergency } from '@/features/emergency'
import type { KnownAnswers } from '@/features/plan'
import { knownAnswers } from './known-answers'
import { useAllNotes } from './use-all-notes'

/** For the plan's questionnaire: what the emergency screen and the notes already answered. */
export function useKnownAnswers(): KnownAnswers {
  return knownAnswers(
    useEmergency((state) => state.sessions),
    useAllNotes(),
  )
}
