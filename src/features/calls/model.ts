/** What happened when the app asked the phone to dial. */
export type CallOutcome = 'dialled' | 'cancelled' | 'failed'

/** One call made from the app. The case timeline shows these next to the evidence. */
export interface CallRecord {
  id: string
  /** When the user tapped, epoch ms. */
  at: number
  /** The digits dialled. */
  number: string
  /** Who the call was to, e.g. 「反诈专线」. */
  label: string
  outcome: CallOutcome
}

/** Old calls beyond this are dropped, oldest first, so the record stays small. */
export const CALL_LOG_LIMIT = 300

/** Adds a call to the log, newest last, keeping at most `limit` entries. */
export function appendCall(log: CallRecord[], record: CallRecord, limit = CALL_LOG_LIMIT): CallRecord[] {
  const next = [...log, record]
  return next.length > limit ? next.slice(next.length - limit) : next
}
