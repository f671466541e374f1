import { useEffect } from 'react'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { useHydrated } from '@/ui/use-hydrated'
import { useWriteBlock } from '@/services/use-write-block'
import { reportIfNotSaved } from '@/services/save-feedback'
import { stepsFor } from '../model'
import { answerSession, openSession, toggleEmergencyStep, useEmergency } from '../store'
import { EMERGENCY_RECORD } from '../record'

/**
 * Steps done elsewhere in the case, from the case read model through the page, so there is one
 * checklist: ticked in the plan (undone there too), or done by an action (a call that got through, a note saved).
 */
export interface DoneElsewhere {
  ticked: Record<string, number>
  byActions: Record<string, number>
}

/** The emergency session for a variant, with the whole case's progress laid over its own ticks. */
export function useChecklist(variant: EmergencyVariant, doneElsewhere: DoneElsewhere, onUndoElsewhere?: (stepId: string) => void) {
  const hydrated = useHydrated(useEmergency)
  const session = useEmergency((state) => state.sessions[variant])
  const readOnly = useWriteBlock(EMERGENCY_RECORD.key)

  useEffect(() => {
    // Only after the saved session has loaded, so its start time is never replaced.
    if (hydrated) void openSession(variant, Date.now())
  }, [hydrated, variant])

  const ownTicks = session?.done ?? {}
  return {
    session,
    readOnly,
    steps: stepsFor(variant, session),
    doneAt: { ...doneElsewhere.byActions, ...doneElsewhere.ticked, ...ownTicks },
    answer: (change: Parameters<typeof answerSession>[1]) => void answerSession(variant, change, Date.now()).then(reportIfNotSaved),
    tick: (stepId: string) => void toggleEmergencyStep(variant, stepId, Date.now()).then(reportIfNotSaved),
    undo: (stepId: string) => {
      if (ownTicks[stepId] !== undefined) void toggleEmergencyStep(variant, stepId, Date.now()).then(reportIfNotSaved)
      if (doneElsewhere.ticked[stepId] !== undefined) onUndoElsewhere?.(stepId)
    },
    // A step done by an action (a call that got through, a saved note) stays done: that happened.
    undoable: (stepId: string) => ownTicks[stepId] !== undefined || doneElsewhere.ticked[stepId] !== undefined,
  }
}
