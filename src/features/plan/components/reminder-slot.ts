import type { ReactNode } from 'react'

/**
 * How a plan step offers a follow-up reminder: the page passes the reminders feature's button in,
 * so the plan never imports the reminders store.
 */
export type ReminderSlot = (presetId: string) => ReactNode

/**
 * The case's one checklist, through the page: steps ticked on the emergency screen (undone there
 * too) and steps done by an action, such as a call that got through.
 */
export interface DoneElsewhereProps {
  doneElsewhere?: { ticked: Record<string, number>; byActions: Record<string, number> }
  onUndoElsewhere?: (stepId: string) => void
}
