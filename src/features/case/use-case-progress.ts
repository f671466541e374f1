import { useEffect } from 'react'
import { useCallLog } from '@/features/calls'
import { useEmergency } from '@/features/emergency'
import { loadEvidence, useEvidence } from '@/features/evidence'
import { usePlan } from '@/features/plan'
import { emergencyTicks, stepsDoneByActions } from './progress'

/** Steps done elsewhere in the case: ticked on another screen (can be undone there), or done by an action. */
export interface DoneElsewhere {
  ticked: Record<string, number>
  byActions: Record<string, number>
}

function useDoneByActions(): Record<string, number> {
  const calls = useCallLog((state) => state.calls)
  const entries = useEvidence((state) => state.entries)
  useEffect(() => {
    void loadEvidence()
  }, [])
  return stepsDoneByActions({ calls, entries })
}

/** For the emergency screen: the plan's ticks, and steps done by a call that got through or a saved note. */
export function useDoneOutsideEmergency(): DoneElsewhere {
  return { ticked: usePlan((state) => state.done), byActions: useDoneByActions() }
}

/** For the plan: the emergency screen's ticks, and steps done by a call or a note. */
export function useDoneOutsidePlan(): DoneElsewhere {
  return { ticked: emergencyTicks(useEmergency((state) => state.sessions)), byActions: useDoneByActions() }
}

/**
 * Every step of the case that is done, wherever: ticked on the emergency screen or in the plan, or
 * done by a call that got through or a saved note. Home's progress reads this, so it agrees with both screens.
 */
export function useCaseDone(): Record<string, number> {
  const outside = useDoneOutsidePlan()
  const planTicks = usePlan((state) => state.done)
  return { ...outside.byActions, ...outside.ticked, ...planTicks }
}
