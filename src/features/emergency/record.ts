import * as v from 'valibot'
import type { RecordSpec } from '@/lib/stored-record'

/** One run through the emergency screen, as stored. Reopening the app resumes it. */
export const EmergencySessionSchema = v.object({
  variant: v.picklist(['scammed', 'leaked']),
  /** When the user first tapped 「我被骗了」 or 「我的信息泄露了」, epoch ms. */
  startedAt: v.pipe(v.number(), v.finite()),
  /** Step id → when it was ticked, epoch ms. */
  done: v.record(v.string(), v.pipe(v.number(), v.finite())),
})

const EmergencyStateSchema = v.object({
  sessions: v.record(v.string(), EmergencySessionSchema),
})

export type EmergencyRecord = v.InferOutput<typeof EmergencyStateSchema>

/**
 * Version 0 is the pre-release shape (a synthetic fixture that proves the chain runs): each session
 * kept `ticked: string[]` with no times, so every tick takes the session's start time.
 */
function fromV0(state: unknown): unknown {
  const { sessions } = state as { sessions?: Record<string, { variant: string; startedAt: number; ticked?: string[] }> }
  if (!sessions || typeof sessions !== 'object') throw new Error('sessions is missing')
  return {
    sessions: Object.fromEntries(
      Object.entries(sessions).map(([id, session]) => [
        id,
        { variant: session.variant, startedAt: session.startedAt, done: Object.fromEntries((session.ticked ?? []).map((step) => [step, session.startedAt])) },
      ]),
    ),
  }
}

export const EMERGENCY_RECORD: RecordSpec<EmergencyRecord> = {
  key: 'bj.emergency',
  version: 1,
  schema: EmergencyStateSchema,
  migrate: { 0: fromV0 },
  lists: [{ field: 'sessions', entry: EmergencySessionSchema }],
}
