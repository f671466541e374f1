import type * as v from 'valibot'
import type { CallRecordSchema } from './record'

/** One call made from the app, declared by its stored schema in ./record.ts. */
export type CallRecord = v.InferOutput<typeof CallRecordSchema>

/** What happened when the app asked the phone to dial. */
export type CallOutcome = CallRecord['outcome']

/** Old calls beyond this are dropped, oldest first, so the record stays small. */
export const CALL_LOG_LIMIT = 300

/** Adds a call to the log, newest last, keeping at most `limit` entries. */
export function appendCall(log: CallRecord[], record: CallRecord, limit = CALL_LOG_LIMIT): CallRecord[] {
  const next = [...log, record]
  return next.length > limit ? next.slice(next.length - limit) : next
}
