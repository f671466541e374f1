import type { RecordSpec } from '@/lib/stored-record'
import { CALL_LOG_RECORD } from '@/features/calls/record'
import { EMERGENCY_RECORD } from '@/features/emergency/record'
import { INDEX_RECORD, NOTE_RECORD } from '@/features/evidence/record'
import { PLAN_RECORD } from '@/features/plan/record'
import { REMINDERS_RECORD } from '@/features/reminders/record'

/** Every stored key's contract, by the name its fixtures use. */
export const SPECS: Record<string, RecordSpec<unknown>> = {
  'bj.calls': CALL_LOG_RECORD as RecordSpec<unknown>,
  'bj.emergency': EMERGENCY_RECORD as RecordSpec<unknown>,
  'bj.reminders': REMINDERS_RECORD as RecordSpec<unknown>,
  'bj.plan': PLAN_RECORD as RecordSpec<unknown>,
  'bj.evidence.index': INDEX_RECORD as RecordSpec<unknown>,
  'bj.evidence.note': NOTE_RECORD as RecordSpec<unknown>,
}
