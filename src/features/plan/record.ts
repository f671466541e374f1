import * as v from 'valibot'
import { PAYMENT_METHODS, SITUATIONS } from '@/content/plan-answers'
import type { RecordSpec } from '@/lib/stored-record'

const time = v.pipe(v.number(), v.finite())

/** The questionnaire's answers, as stored. */
export const PlanAnswersSchema = v.object({
  situation: v.picklist(SITUATIONS.map((entry) => entry.situation)),
  moneyLost: v.boolean(),
  /** Integer fen, when money went out and the user said how much. */
  amountFen: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1))),
  payments: v.array(v.picklist(PAYMENT_METHODS.map((entry) => entry.method))),
  codeGiven: v.boolean(),
  remoteApp: v.boolean(),
  sourceKnown: v.boolean(),
})

/** What the user filled in once for every letter. */
export const LetterDetailsSchema = v.object({
  ownerName: v.optional(v.string()),
  ownerPhone: v.optional(v.string()),
  ownerIdNumber: v.optional(v.string()),
  sourceName: v.optional(v.string()),
  accountOrOrder: v.optional(v.string()),
  bankName: v.optional(v.string()),
  cardNumber: v.optional(v.string()),
  receiptNumber: v.optional(v.string()),
})

const PlanStateSchema = v.object({
  answers: v.optional(PlanAnswersSchema),
  /** Step id → when it was ticked. */
  done: v.record(v.string(), time),
  details: LetterDetailsSchema,
})

export type PlanRecord = v.InferOutput<typeof PlanStateSchema>

/**
 * Version 0 is the pre-release shape (a synthetic fixture that proves the chain runs):
 * ticks were kept as `ticked` and there were no letter details.
 */
function fromV0(state: unknown): unknown {
  const { answers, ticked } = state as { answers?: unknown; ticked?: Record<string, number> }
  return { answers, done: ticked ?? {}, details: {} }
}

/** Version 2 shares one step catalogue with the emergency screen: two plan steps took its ids. */
const RENAMED_STEPS: Record<string, string> = { 'remove-remote-app': 'first-aid', yizhengtongcha: 'check-phone-cards' }

function fromV1(state: unknown): unknown {
  const { done, ...rest } = state as { done?: Record<string, number> }
  return { ...rest, done: Object.fromEntries(Object.entries(done ?? {}).map(([step, at]) => [RENAMED_STEPS[step] ?? step, at])) }
}

export const PLAN_RECORD: RecordSpec<PlanRecord> = {
  key: 'bj.plan',
  version: 2,
  schema: PlanStateSchema,
  migrate: { 0: fromV0, 1: fromV1 },
  lists: [{ field: 'done', entry: time }],
}
