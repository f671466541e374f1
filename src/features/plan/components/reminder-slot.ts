import type { ReactNode } from 'react'

/**
 * How a plan step offers a follow-up reminder: the page passes the reminders feature's button in,
 * so the plan never imports the reminders store.
 */
export type ReminderSlot = (presetId: string) => ReactNode
