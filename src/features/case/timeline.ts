import type { EvidenceType } from '@/content/evidence-types'
import type { CallRecord } from '@/features/calls'
import type { TickedStep } from '@/features/emergency'
import type { IndexEntry } from '@/features/evidence'

/** One row of the case timeline: a note, a call made from the app, or an emergency step ticked. */
export type TimelineItem =
  | { kind: 'note'; key: string; id: string; at: number; type: EvidenceType }
  | { kind: 'call'; key: string; at: number; call: CallRecord }
  | { kind: 'step'; key: string; at: number; step: TickedStep }
  | { kind: 'follow-up'; key: string; at: number; followUp: FollowUpDone }

/** A reminder the user marked done: a follow-up with the bank, police or platform. */
export interface FollowUpDone {
  id: string
  title: string
  at: number
}

/** What the timeline can be narrowed to: one evidence type, calls, steps, or follow-ups. */
export type TimelineFilter = 'all' | EvidenceType | 'calls' | 'steps' | 'follow-ups'

export interface TimelineSources {
  entries: IndexEntry[]
  calls: CallRecord[]
  steps: TickedStep[]
  followUps: FollowUpDone[]
}

/** The whole timeline, newest first, from lightweight data only (note bodies load later, per screen). */
export function buildTimeline({ entries, calls, steps, followUps }: TimelineSources, filter: TimelineFilter = 'all'): TimelineItem[] {
  const items: TimelineItem[] = []
  if (filter !== 'calls' && filter !== 'steps' && filter !== 'follow-ups') {
    for (const [id, at, type] of entries) {
      if (filter === 'all' || filter === type) items.push({ kind: 'note', key: `note-${id}`, id, at, type })
    }
  }
  if (filter === 'all' || filter === 'calls') {
    for (const call of calls) items.push({ kind: 'call', key: `call-${call.id}`, at: call.at, call })
  }
  if (filter === 'all' || filter === 'steps') {
    for (const step of steps) items.push({ kind: 'step', key: `step-${step.variant}-${step.stepId}`, at: step.at, step })
  }
  if (filter === 'all' || filter === 'follow-ups') {
    for (const followUp of followUps)
      items.push({ kind: 'follow-up', key: `follow-up-${followUp.id}-${followUp.at}`, at: followUp.at, followUp })
  }
  return items.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key))
}

/** How many timeline rows one screen shows before 「加载更多」. */
export const TIMELINE_PAGE_SIZE = 20
