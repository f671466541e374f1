import type * as v from 'valibot'
import { EMERGENCY_STEPS, type EmergencyStep, type EmergencyVariant } from '@/content/emergency-steps'
import type { EmergencySessionSchema } from './record'

/** One run through the emergency screen, declared by its stored schema in ./record.ts. */
export type EmergencySession = v.InferOutput<typeof EmergencySessionSchema>

export function isEmergencyVariant(value: unknown): value is EmergencyVariant {
  return value === 'scammed' || value === 'leaked'
}

/** The steps for a variant, in the order they must be taken. */
export function stepsFor(variant: EmergencyVariant): EmergencyStep[] {
  return EMERGENCY_STEPS[variant]
}

export function startSession(variant: EmergencyVariant, now: number): EmergencySession {
  return { variant, startedAt: now, done: {} }
}

/** Ticks a step, or unticks it if it was ticked. Unknown step ids leave the session as it was. */
export function toggleStep(session: EmergencySession, stepId: string, now: number): EmergencySession {
  if (!stepsFor(session.variant).some((step) => step.id === stepId)) return session
  const done = { ...session.done }
  if (done[stepId] !== undefined) delete done[stepId]
  else done[stepId] = now
  return { ...session, done }
}

export interface Progress {
  done: number
  total: number
  /** The first step not yet ticked, for 「下一步」. */
  nextStep?: EmergencyStep
}

export function sessionProgress(session: EmergencySession): Progress {
  const steps = stepsFor(session.variant)
  const done = steps.filter((step) => session.done[step.id] !== undefined).length
  return { done, total: steps.length, nextStep: steps.find((step) => session.done[step.id] === undefined) }
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * How long ago the emergency began, for the clock on the emergency screen:
 * 「45 秒」, 「3 分 05 秒」, 「1 小时 12 分」, 「2 天 3 小时」. A start in the future reads as 「0 秒」.
 */
export function formatElapsed(startedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000))
  if (seconds < 60) return `${seconds} 秒`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} 分 ${pad(seconds % 60)} 秒`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} 小时 ${pad(minutes % 60)} 分`
  const days = Math.floor(hours / 24)
  return `${days} 天 ${hours % 24} 小时`
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
        ? stepsFor(session.variant)
            .filter((step) => session.done[step.id] !== undefined)
            .map((step) => ({ variant: session.variant, stepId: step.id, title: step.title, at: session.done[step.id] }))
        : [],
    )
    .sort((a, b) => a.at - b.at)
}
