import * as v from 'valibot'
import type { RecordSpec } from '@/lib/stored-record'

/**
 * The longest receipt number and note the sheet accepts. Limits live at input only: a stored value
 * over one (from an older version) is kept in full and shown, never set aside for its length.
 */
export const REFERENCE_MAX = 40
export const OUTCOME_NOTE_MAX = 200

/** One call made from the app, as stored. The case timeline shows these next to the evidence. */
export const CallRecordSchema = v.object({
  id: v.string(),
  /** When the user tapped, epoch ms. */
  at: v.pipe(v.number(), v.finite()),
  /** The digits dialled. */
  number: v.string(),
  /** Who the call was to, e.g. 「反诈咨询专线」. */
  label: v.string(),
  outcome: v.picklist(['dialled', 'cancelled', 'failed']),
  /** What the user said after the call: it got through (true) or not (false). Absent: not said. */
  answered: v.optional(v.boolean()),
  /** A receipt or ticket number the other side gave (回执号、工单号). */
  reference: v.optional(v.string()),
  /** One line on what was said. */
  note: v.optional(v.string()),
})

const CallLogSchema = v.object({ calls: v.array(CallRecordSchema) })

export type CallLogRecord = v.InferOutput<typeof CallLogSchema>

/**
 * Version 0 is the pre-release shape (kept as a synthetic fixture to prove the chain runs):
 * `{ log: [{ at, number, label, dialled }] }`, without ids or outcomes.
 */
function fromV0(state: unknown): unknown {
  const { log } = state as { log?: { at: number; number: string; label: string; dialled?: boolean }[] }
  if (!Array.isArray(log)) throw new Error('log is not a list')
  return {
    calls: log.map((call, index) => ({
      id: `v0-${index}-${call.at}`,
      at: call.at,
      number: call.number,
      label: call.label,
      outcome: call.dialled ? 'dialled' : 'failed',
    })),
  }
}

/**
 * Version 2 adds what the user said after a call. Version 1 records read unchanged; the version
 * goes up so that an older app opens a log with outcomes read-only instead of dropping them.
 */
const fromV1 = (state: unknown): unknown => state

export const CALL_LOG_RECORD: RecordSpec<CallLogRecord> = {
  key: 'bj.calls',
  version: 2,
  schema: CallLogSchema,
  migrate: { 0: fromV0, 1: fromV1 },
  lists: [{ field: 'calls', entry: CallRecordSchema }],
}
