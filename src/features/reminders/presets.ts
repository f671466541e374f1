// Suggested follow-ups: which fit the user's situation, and the reminder each becomes in one tap.
import { FOLLOW_UP_PRESETS, type FollowUpPreset } from '@/content/follow-ups'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { HOUR, addDays, atTimeOfDay, dayOfMonth, endOfDay } from '@/lib/time'
import type { Reminder } from './model'

/** The suggestions for the user's situation; with no emergency started, every suggestion. */
export function presetsFor(situations: EmergencyVariant[]): FollowUpPreset[] {
  if (situations.length === 0) return FOLLOW_UP_PRESETS
  return FOLLOW_UP_PRESETS.filter((preset) => preset.situations.some((situation) => situations.includes(situation)))
}

/** When a suggestion falls due if added now: a number of hours later, or a day at a set time. */
export function presetDueAt(preset: FollowUpPreset, now: number): number {
  if ('hours' in preset.after) return now + preset.after.hours * HOUR
  const [hour, minute] = preset.after.at.split(':').map(Number)
  return atTimeOfDay(now, preset.after.days, hour, minute)
}

/** A reminder made from a suggestion in one tap. */
export function reminderFromPreset(preset: FollowUpPreset, contact: Reminder['contact'], id: string, now: number): Reminder {
  const dueAt = presetDueAt(preset, now)
  return {
    id,
    target: preset.target,
    title: preset.title,
    dueAt,
    repeat: preset.repeat,
    anchorDay: dayOfMonth(dueAt),
    repeatUntil: preset.repeatForDays ? endOfDay(addDays(now, preset.repeatForDays)) : undefined,
    contact,
    note: preset.reason,
    presetId: preset.id,
    createdAt: now,
    updatedAt: now,
  }
}
