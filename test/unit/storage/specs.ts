import type { RecordSpec } from '@/lib/stored-record'
import { CALL_LOG_RECORD } from '@/features/calls/record'
import { EMERGENCY_RECORD } from '@/features/emergency/record'
import { INDEX_RECORD, NOTE_RECORD } from '@/features/evidence/record'
import { PLAN_RECORD } from '@/features/plan/record'
import { REMINDERS_RECORD } from '@/features/reminders/record'
import { FAMILY_RECORD } from '@/features/family/record'
import { DISPLAY_RECORD } from '@/services/text-size-store'

/** Every stored key's contract, by the name its fixtures use. */
export const SPECS: Record<string, RecordSpec<unknown>> = {
  'bj.calls': CALL_LOG_RECORD as RecordSpec<unknown>,
  'bj.emergency': EMERGENCY_RECORD as RecordSpec<unknown>,
  'bj.reminders': REMINDERS_RECORD as RecordSpec<unknown>,
  'bj.plan': PLAN_RECORD as RecordSpec<unknown>,
  'bj.evidence.index': INDEX_RECORD as RecordSpec<unknown>,
  'bj.evidence.note': NOTE_RECORD as RecordSpec<unknown>,
  'bj.family': FAMILY_RECORD as RecordSpec<unknown>,
  'bj.display': DISPLAY_RECORD as RecordSpec<unknown>,
}

/** Keys first written after the app's first release: there is no earlier shape to migrate from. */
export const FIRST_VERSION: Record<string, number> = { 'bj.family': 1, 'bj.display': 1 }
