import * as v from 'valibot'
import { REMINDER_TARGETS } from '@/content/reminder-targets'
import type { RecordSpec } from '@/lib/stored-record'
import { dayOfMonth } from '@/lib/time'

const time = v.pipe(v.number(), v.finite())

/** A follow-up the user wants to be reminded of, as stored. Times are epoch ms. */
export const ReminderSchema = v.object({
  id: v.string(),
  target: v.picklist(REMINDER_TARGETS.map((entry) => entry.target)),
  title: v.string(),
  dueAt: time,
  repeat: v.picklist(['none', 'daily', 'weekly', 'monthly']),
  /** The day of the month a monthly reminder belongs to (29–31 fall back to the month's last day). */
  anchorDay: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(31)),
  /** No more repeats after this time. */
  repeatUntil: v.optional(time),
  contact: v.optional(v.object({ number: v.string(), label: v.string() })),
  note: v.string(),
  /** The suggestion it came from, so the same suggestion is not added twice. */
  presetId: v.optional(v.string()),
  doneAt: v.optional(time),
  createdAt: time,
  updatedAt: time,
})

const RemindersStateSchema = v.object({
  reminders: v.array(ReminderSchema),
  /** Reminder id → when it was added to the phone's calendar. */
  calendarAddedAt: v.record(v.string(), time),
})

export type RemindersRecord = v.InferOutput<typeof RemindersStateSchema>

/**
 * Version 0 is the pre-release shape (a synthetic fixture that proves the chain runs):
 * `{ items: [{ …, due }] }` with no anchor day and no calendar marks.
 */
function fromV0(state: unknown): unknown {
  const { items } = state as { items?: { due: number }[] }
  if (!Array.isArray(items)) throw new Error('items is not a list')
  return {
    reminders: items.map(({ due, ...rest }) => ({ ...rest, dueAt: due, anchorDay: dayOfMonth(due) })),
    calendarAddedAt: {},
  }
}

export const REMINDERS_RECORD: RecordSpec<RemindersRecord> = {
  key: 'bj.reminders',
  version: 1,
  schema: RemindersStateSchema,
  migrate: { 0: fromV0 },
  lists: [
    { field: 'reminders', entry: ReminderSchema },
    { field: 'calendarAddedAt', entry: time },
  ],
}
