import type * as v from 'valibot'
import { REMINDER_TARGETS, type ReminderTarget, type Repeat } from '@/content/reminder-targets'
import { HOUR, MINUTE, addDays, atTimeOfDay, dayOfMonth, nextMonthOn, spanLabel } from '@/lib/time'
import type { ReminderSchema } from './record'

/** A follow-up the user wants to be reminded of, declared by its stored schema in ./record.ts. */
export type Reminder = v.InferOutput<typeof ReminderSchema>

export const MAX_PENDING = 200

export const REPEAT_LABELS: Record<Repeat, string> = { none: '不重复', daily: '每天', weekly: '每周', monthly: '每月' }

export function targetLabel(target: ReminderTarget): string {
  return REMINDER_TARGETS.find((entry) => entry.target === target)?.label ?? '其他'
}

/** The title used when the user leaves it blank. */
export function defaultTitle(target: ReminderTarget): string {
  return REMINDER_TARGETS.find((entry) => entry.target === target)?.defaultTitle ?? '跟进处理'
}

/**
 * The occurrence after `dueAt`, or undefined when the reminder does not repeat or has run out.
 * Monthly reminders keep to their anchor day: a reminder set for the 31st falls on 30 April,
 * 28 (or 29) February, and back on 31 March.
 */
export function nextOccurrence(reminder: Pick<Reminder, 'dueAt' | 'repeat' | 'anchorDay' | 'repeatUntil'>): number | undefined {
  if (reminder.repeat === 'none') return undefined
  const next =
    reminder.repeat === 'daily'
      ? addDays(reminder.dueAt, 1)
      : reminder.repeat === 'weekly'
        ? addDays(reminder.dueAt, 7)
        : nextMonthOn(reminder.dueAt, reminder.anchorDay)
  if (reminder.repeatUntil !== undefined && next > reminder.repeatUntil) return undefined
  return next
}

/**
 * Marks a reminder done. A repeating one moves on to its first occurrence after `now` instead,
 * so a week of missed daily checks does not pile up.
 */
export function completeReminder(reminder: Reminder, now: number): Reminder {
  let next = nextOccurrence(reminder)
  while (next !== undefined && next <= now) next = nextOccurrence({ ...reminder, dueAt: next })
  if (next === undefined) return { ...reminder, doneAt: now, updatedAt: now }
  return { ...reminder, dueAt: next, updatedAt: now }
}

/** The ways 「稍后」 puts a reminder off, in the order it offers them, each with when it comes back. */
export const SNOOZE_OPTIONS = [
  { kind: 'hour', label: '1 小时后再提醒', until: (now: number) => now + HOUR },
  { kind: 'tomorrow-morning', label: '明天上午 9:00', until: (now: number) => atTimeOfDay(now, 1, 9) },
] as const

export type SnoozeKind = (typeof SNOOZE_OPTIONS)[number]['kind']

/** When a reminder snoozed this way comes back. */
export function snoozeUntil(kind: SnoozeKind, now: number): number {
  const option = SNOOZE_OPTIONS.find((entry) => entry.kind === kind) ?? SNOOZE_OPTIONS[0]
  return option.until(now)
}

export function snoozeReminder(reminder: Reminder, kind: SnoozeKind, now: number): Reminder {
  return { ...reminder, dueAt: snoozeUntil(kind, now), updatedAt: now }
}

/** Pending reminders by due time, soonest (and so most overdue) first. */
export function pendingReminders(reminders: Reminder[]): Reminder[] {
  return reminders.filter((reminder) => reminder.doneAt === undefined).sort((a, b) => a.dueAt - b.dueAt)
}

export function doneReminders(reminders: Reminder[]): Reminder[] {
  return reminders.filter((reminder) => reminder.doneAt !== undefined).sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0))
}

/** Follow-ups the user has finished, for the case timeline and the report pack. */
export function completedFollowUps(reminders: Reminder[]): { id: string; title: string; at: number }[] {
  return doneReminders(reminders).map((reminder) => ({ id: reminder.id, title: reminder.title, at: reminder.doneAt ?? reminder.updatedAt }))
}

export function isOverdue(reminder: Reminder, now: number): boolean {
  return reminder.doneAt === undefined && reminder.dueAt <= now
}

/** Pending reminders that are due now or overdue, for the home banner and the in-app notice. */
export function dueReminders(reminders: Reminder[], now: number): Reminder[] {
  return pendingReminders(reminders).filter((reminder) => reminder.dueAt <= now)
}

/** 「还有 2 小时」 or 「已逾期 1 天」; within a minute either way, 「马上到时间」 or 「刚到时间」. */
export function countdownLabel(dueAt: number, now: number): string {
  if (Math.abs(dueAt - now) < MINUTE) return dueAt > now ? '马上到时间' : '刚到时间'
  const span = spanLabel(now, dueAt)
  return dueAt > now ? `还有 ${span}` : `已逾期 ${span}`
}

/** 「10 分钟后提醒我再打」 after a call that did not get through. */
export function retryCallReminder(call: { number: string; label: string }, id: string, now: number): Reminder {
  const dueAt = now + 10 * MINUTE
  return {
    id,
    target: 'other',
    title: `再打一次：${call.label}`,
    dueAt,
    repeat: 'none',
    anchorDay: dayOfMonth(dueAt),
    contact: { number: call.number, label: call.label },
    note: '刚才没打通。',
    createdAt: now,
    updatedAt: now,
  }
}
