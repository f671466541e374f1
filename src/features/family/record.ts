import * as v from 'valibot'
import type { RecordSpec } from '@/lib/stored-record'

/** The longest relation the form accepts, in characters. A longer stored one is kept and shown, never set aside. */
export const RELATION_MAX = 10

const FamilySchema = v.object({
  /** The family member to call; absent until the user sets one. */
  contact: v.optional(
    v.object({
      relation: v.string(),
      phone: v.pipe(v.string(), v.regex(/^\+?\d{3,15}$/)),
    }),
  ),
  /** When the user said 「不用了」 to the offer after the first emergency, epoch ms. */
  offerDeclinedAt: v.optional(v.pipe(v.number(), v.finite())),
})

export type FamilyRecord = v.InferOutput<typeof FamilySchema>

export const FAMILY_RECORD: RecordSpec<FamilyRecord> = {
  key: 'bj.family',
  version: 1,
  schema: FamilySchema,
  migrate: {},
}
