// The reminder editor's rules: what a draft holds, and how it becomes a reminder or says what is wrong.
import type { HotlineGroup } from '@/content/types'
import { REMINDER_TARGETS, type ReminderTarget, type Repeat } from '@/content/reminder-targets'
import { DAY, HOUR, MINUTE, atTimeOfDay, dayOfMonth, isValidTime } from '@/lib/time'
import { normalisePhone } from '@/lib/phone-number'
import { wellFormed } from '@/lib/text'
import { MAX_PENDING, defaultTitle, targetLabel, type Reminder } from './model'

/**
 * The directory groups whose verified numbers a follow-up with this party should offer first,
 * before the user thinks of typing a number in.
 */
export const TARGET_HOTLINE_GROUPS: Record<ReminderTarget, HotlineGroup[]> = {
  airline: ['airline'],
  bank: ['bank', 'payment'],
  'ticket-platform': ['travel'],
  'lending-platform': [],
  police: [],
  regulator: ['regulator', 'report'],
  other: [],
}

/** One-tap times in the editor, easier than date and time wheels for a shaken or older user. */
export const QUICK_TIMES: { id: string; label: string; from: (now: number) => number }[] = [
  { id: '10min', label: '10 分钟后', from: (now) => now + 10 * MINUTE },
  { id: '1hour', label: '1 小时后', from: (now) => now + HOUR },
  { id: 'tomorrow', label: '明天上午 10 点', from: (now) => atTimeOfDay(now, 1, 10) },
  { id: '3days', label: '3 天后上午 10 点', from: (now) => atTimeOfDay(now, 3, 10) },
]

/** What the editor holds: the raw choices, so a bad value can be pointed at without losing the rest. */
export interface ReminderDraft {
  id?: string
  target?: ReminderTarget
  title: string
  dueAt: number
  repeat: Repeat
  contactNumber: string
  contactLabel: string
  note: string
  presetId?: string
  repeatUntil?: number
  createdAt?: number
}

export type ReminderField = 'target' | 'title' | 'dueAt' | 'contactNumber' | 'note' | 'limit'

export const MAX_TITLE_LENGTH = 60
export const MAX_NOTE_LENGTH = 500
/** A follow-up further ahead than this is possible but unusual (a mistyped year), so it is asked about. */
const FAR_AHEAD_MS = 2 * 366 * DAY

export type ReminderCheck =
  | { ok: true; reminder: Reminder }
  /** `confirm`: the time is real but unusual (past, or more than two years ahead): ask, then check again with it allowed. */
  | { ok: false; errors: Partial<Record<ReminderField, string>>; confirm?: 'past' | 'far' }

/**
 * Checks a draft. A time in the past is not saved until the user confirms it (`allowPast`);
 * a new reminder beyond the 200 pending is refused.
 */
export function reminderFromDraft(
  draft: ReminderDraft,
  context: { id: string; now: number; pendingCount: number; allowPast?: boolean; allowFar?: boolean },
): ReminderCheck {
  const errors: Partial<Record<ReminderField, string>> = {}
  if (!draft.target || !REMINDER_TARGETS.some((entry) => entry.target === draft.target)) errors.target = '请选择要跟进的对象'
  if (!isValidTime(draft.dueAt)) errors.dueAt = '没看懂这个时间，请重新选择日期和时间'
  let number = ''
  if (draft.contactNumber.trim()) {
    const parsed = normalisePhone(draft.contactNumber)
    if (parsed.ok) number = parsed.phone
    else errors.contactNumber = parsed.message
  }
  if (draft.title.trim().length > MAX_TITLE_LENGTH)
    errors.title = `提醒内容最多 ${MAX_TITLE_LENGTH} 个字，现在有 ${draft.title.trim().length} 个`
  if (draft.note.trim().length > MAX_NOTE_LENGTH) errors.note = `备注最多 ${MAX_NOTE_LENGTH} 个字，现在有 ${draft.note.trim().length} 个`
  if (!draft.id && context.pendingCount >= MAX_PENDING) errors.limit = `待办提醒最多 ${MAX_PENDING} 条。请先完成或删除一些，再新建。`
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  if (draft.dueAt <= context.now && !context.allowPast) return { ok: false, errors: { dueAt: '这个时间已经过去了' }, confirm: 'past' }
  if (draft.dueAt > context.now + FAR_AHEAD_MS && !context.allowFar)
    return { ok: false, errors: { dueAt: '这个时间在两年以后' }, confirm: 'far' }
  const target = draft.target as ReminderTarget
  return {
    ok: true,
    reminder: {
      id: draft.id ?? context.id,
      target,
      title: wellFormed(draft.title.trim()) || defaultTitle(target),
      dueAt: draft.dueAt,
      repeat: draft.repeat,
      anchorDay: dayOfMonth(draft.dueAt),
      repeatUntil: draft.repeat === 'none' ? undefined : draft.repeatUntil,
      contact: number ? { number, label: draft.contactLabel.trim() || targetLabel(target) } : undefined,
      note: wellFormed(draft.note.trim()),
      presetId: draft.presetId,
      createdAt: draft.createdAt ?? context.now,
      updatedAt: context.now,
    },
  }
}

export function draftFromReminder(reminder: Reminder): ReminderDraft {
  return {
    id: reminder.id,
    target: reminder.target,
    title: reminder.title,
    dueAt: reminder.dueAt,
    repeat: reminder.repeat,
    contactNumber: reminder.contact?.number ?? '',
    contactLabel: reminder.contact?.label ?? '',
    note: reminder.note,
    presetId: reminder.presetId,
    repeatUntil: reminder.repeatUntil,
    createdAt: reminder.createdAt,
  }
}
