import * as v from 'valibot'
import { LEAK_KINDS } from '@/content/emergency-steps'
import type { RecordSpec } from '@/lib/stored-record'

const time = v.pipe(v.number(), v.finite())

/** One run through the emergency screen, as stored. Reopening the app resumes it. */
export const EmergencySessionSchema = v.object({
  variant: v.picklist(['scammed', 'leaked']),
  /** When the user first tapped 「我被骗了」 or 「我的信息泄露了」, epoch ms. */
  startedAt: time,
  /** Step id → when the user ticked it, epoch ms. */
  done: v.record(v.string(), time),
  /** When the money went out, as the user said: the case's 事发时间. */
  moneyOutAt: v.optional(time),
  /** Whether the scammer had the user share the screen or install an app: first aid comes first. */
  remoteControl: v.optional(v.boolean()),
  /** What leaked, on the leak path: only the steps that fit are shown. */
  leaks: v.optional(v.array(v.picklist(LEAK_KINDS.map((entry) => entry.kind)))),
})

const EmergencyStateSchema = v.object({
  sessions: v.record(v.string(), EmergencySessionSchema),
})

export type EmergencyRecord = v.InferOutput<typeof EmergencyStateSchema>

type Sessions = Record<string, { variant: string; startedAt: number; ticked?: string[]; done?: Record<string, number> }>

/** Rewrites each stored session; both migrations below change sessions one by one. */
function mapSessions(state: unknown, change: (session: Sessions[string]) => unknown): unknown {
  const { sessions } = state as { sessions?: Sessions }
  if (!sessions || typeof sessions !== 'object') throw new Error('sessions is missing')
  return { sessions: Object.fromEntries(Object.entries(sessions).map(([id, session]) => [id, change(session)])) }
}

/**
 * Version 0 is the pre-release shape (a synthetic fixture that proves the chain runs): each session
 * kept `ticked: string[]` with no times, so every tick takes the session's start time.
 */
function fromV0(state: unknown): unknown {
  return mapSessions(state, (session) => ({
    variant: session.variant,
    startedAt: session.startedAt,
    done: Object.fromEntries((session.ticked ?? []).map((step) => [step, session.startedAt])),
  }))
}

/** Version 2 shares step ids with the plan, so a step done in one place is done in both. */
const RENAMED_STEPS: Record<string, string> = { 'keep-records': 'keep-evidence', 'verify-official': 'verify-airline' }

function fromV1(state: unknown): unknown {
  return mapSessions(state, (session) => ({
    ...session,
    done: Object.fromEntries(Object.entries(session.done ?? {}).map(([step, at]) => [RENAMED_STEPS[step] ?? step, at])),
  }))
}

export const EMERGENCY_RECORD: RecordSpec<EmergencyRecord> = {
  key: 'bj.emergency',
  version: 2,
  schema: EmergencyStateSchema,
  migrate: { 0: fromV0, 1: fromV1 },
  lists: [{ field: 'sessions', entry: EmergencySessionSchema }],
}
