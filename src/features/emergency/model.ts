import type * as v from 'valibot'
import {
  EMERGENCY_STEPS,
  FIRST_AID_STEP,
  LEAK_STEPS,
  type EmergencyStep,
  type EmergencyVariant,
  type LeakKind,
} from '@/content/emergency-steps'
import type { EmergencySessionSchema } from './record'

/** One run through the emergency screen, declared by its stored schema in ./record.ts. */
export type EmergencySession = v.InferOutput<typeof EmergencySessionSchema>

export function isEmergencyVariant(value: unknown): value is EmergencyVariant {
  return value === 'scammed' || value === 'leaked'
}

/**
 * The steps for this session, in the order they must be taken. After a scam, first aid comes
 * first when the scammer had the user share the screen or install an app. After a leak, only the
 * steps that fit what leaked; none until the user has said what leaked.
 */
export function stepsFor(variant: EmergencyVariant, session?: Pick<EmergencySession, 'remoteControl' | 'leaks'>): EmergencyStep[] {
  if (variant === 'scammed') return session?.remoteControl ? [FIRST_AID_STEP, ...EMERGENCY_STEPS.scammed] : EMERGENCY_STEPS.scammed
  const leaks: LeakKind[] = session?.leaks ?? []
  if (leaks.length === 0) return []
  return LEAK_STEPS.filter(({ fits }) => !fits || fits.some((kind) => leaks.includes(kind))).map(({ step }) => step)
}

export function startSession(variant: EmergencyVariant, now: number): EmergencySession {
  return { variant, startedAt: now, done: {} }
}

/** Ticks a step, or unticks it if it was ticked. Step ids the session does not show leave it as it was. */
export function toggleStep(session: EmergencySession, stepId: string, now: number): EmergencySession {
  if (!stepsFor(session.variant, session).some((step) => step.id === stepId)) return session
  const done = { ...session.done }
  if (done[stepId] !== undefined) delete done[stepId]
  else done[stepId] = now
  return { ...session, done }
}

export interface Progress {
  done: number
  total: number
  /** The first step not yet done, for 「下一步」. */
  nextStep?: EmergencyStep
}

/** How far the session is, counting a step as done where `doneAt` (the whole case's progress) says so. */
export function sessionProgress(session: EmergencySession, doneAt: Record<string, number> = session.done): Progress {
  const steps = stepsFor(session.variant, session)
  const done = steps.filter((step) => doneAt[step.id] !== undefined).length
  return { done, total: steps.length, nextStep: steps.find((step) => doneAt[step.id] === undefined) }
}

/**
 * The checklist as the emergency screen shows it: the current step open, the next two as one line
 * each, how many more after them, and the finished ones folded into one row.
 */
export interface ChecklistView {
  current?: EmergencyStep
  next: EmergencyStep[]
  later: number
  finished: EmergencyStep[]
}

/** `opened`: a step the user opened from 「接下来」, shown as the current one while it is not done. */
export function checklistView(steps: EmergencyStep[], doneAt: Record<string, number>, opened?: string): ChecklistView {
  const notDone = steps.filter((step) => doneAt[step.id] === undefined)
  const first = notDone.find((step) => step.id === opened)
  const open = first ? [first, ...notDone.filter((step) => step !== first)] : notDone
  return {
    current: open[0],
    next: open.slice(1, 3),
    later: Math.max(0, open.length - 3),
    finished: steps.filter((step) => doneAt[step.id] !== undefined),
  }
}

/** The quick answers to 「钱是什么时候转出去的？」, in minutes before now; 更早 opens a time picker. */
export const MONEY_OUT_CHOICES: { id: string; label: string; minutesAgo?: number }[] = [
  { id: 'now', label: '刚才', minutesAgo: 0 },
  { id: '10min', label: '10分钟前', minutesAgo: 10 },
  { id: '30min', label: '30分钟前', minutesAgo: 30 },
  { id: '1h', label: '1小时前', minutesAgo: 60 },
  { id: 'earlier', label: '更早' },
]

/** 「转账已过 35 分钟」「转账已过 2 小时 5 分」「转账已过 3 天」: how long since the money went out. */
export function sinceMoneyOut(moneyOutAt: number, now: number): string {
  // Later than now: the phone's clock moved back since, or the time was mistyped. Ask, never say 「刚刚」.
  if (moneyOutAt > now + 5 * 60_000) return '记下的时间比手机现在的时间还晚，请点“改时间”核对'
  const minutes = Math.max(0, Math.floor((now - moneyOutAt) / 60_000))
  if (minutes < 1) return '转账刚刚发生'
  if (minutes < 60) return `转账已过 ${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `转账已过 ${hours} 小时${minutes % 60 ? ` ${minutes % 60} 分` : ''}`
  return `转账已过 ${Math.floor(hours / 24)} 天`
}

/** A ticked emergency step, for the case timeline and the report pack. */
export interface TickedStep {
  variant: EmergencyVariant
  stepId: string
  title: string
  at: number
}

/** Every step ticked in any session, oldest first. */
export function tickedSteps(sessions: Partial<Record<EmergencyVariant, EmergencySession>>): TickedStep[] {
  return Object.values(sessions)
    .flatMap((session) =>
      session
        ? stepsFor(session.variant, session)
            .filter((step) => session.done[step.id] !== undefined)
            .map((step) => ({ variant: session.variant, stepId: step.id, title: step.title, at: session.done[step.id] }))
        : [],
    )
    .sort((a, b) => a.at - b.at)
}
