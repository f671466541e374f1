import type * as v from 'valibot'
import type { PaymentMethod, Situation } from '@/content/plan-answers'
import { PLAN_STAGES, PLAN_STEPS, type PlanStage, type PlanStepContent, type PlanStepId } from '@/content/plan-steps'
import { fenToInput, parseAmount } from '@/lib/money'
import type { PlanAnswersSchema } from './record'

/** The questionnaire's answers, declared by their stored schema in ./record.ts. */
export type PlanAnswers = v.InferOutput<typeof PlanAnswersSchema>

const SCAMS: Situation[] = ['airline-scam', 'payment-scam']
const HAS_SOURCE: Situation[] = ['airline-scam', 'ticket-platform-leak', 'lending-leak']
const LEAKS: Situation[] = ['airline-scam', 'ticket-platform-leak', 'lending-leak', 'id-leak', 'phone-leak', 'password-leak']

/** Which steps apply, as rules over the answers. Order within a stage follows this list. */
const RULES: [PlanStepId, (answers: PlanAnswers) => boolean][] = [
  // First, as on the emergency screen: while the scammer may still control the phone, nothing else is safe.
  ['first-aid', (a) => a.remoteApp],
  ['stop-paying', (a) => a.moneyLost || SCAMS.includes(a.situation)],
  ['call-police', (a) => a.moneyLost],
  // 「怎么转出去的」 is optional: not saying keeps the bank step, the most common way money goes.
  ['call-bank', (a) => (a.moneyLost && (a.payments.length === 0 || a.payments.includes('bank'))) || a.codeGiven],
  ['call-alipay', (a) => a.moneyLost && a.payments.includes('alipay')],
  ['call-wechat-pay', (a) => a.moneyLost && a.payments.includes('wechat')],
  ['verify-airline', (a) => a.situation === 'airline-scam' || a.situation === 'ticket-platform-leak'],
  ['keep-evidence', () => true],
  ['report-police', (a) => a.moneyLost || SCAMS.includes(a.situation) || a.situation === 'id-leak'],
  ['change-passwords', (a) => ['password-leak', 'phone-leak', 'lending-leak'].includes(a.situation) || a.codeGiven || a.remoteApp],
  ['contact-source', (a) => HAS_SOURCE.includes(a.situation)],
  ['request-deletion', (a) => a.sourceKnown && !HAS_SOURCE.includes(a.situation)],
  ['check-accounts', (a) => a.moneyLost || a.codeGiven || ['id-leak', 'password-leak', 'lending-leak'].includes(a.situation)],
  ['warn-family', () => true],
  ['check-phone-cards', (a) => a.situation === 'id-leak' || a.situation === 'phone-leak'],
  ['credit-report', (a) => a.situation === 'id-leak' || a.situation === 'lending-leak' || a.moneyLost],
  ['complain-regulator', (a) => LEAKS.includes(a.situation)],
  ['follow-up-police', (a) => a.moneyLost || SCAMS.includes(a.situation) || a.situation === 'id-leak'],
  ['claim-compensation', (a) => a.sourceKnown || HAS_SOURCE.includes(a.situation)],
  ['report-any-amount', (a) => a.moneyLost],
]

/** The plan for these answers: the steps that apply, in order. */
export function buildPlan(answers: PlanAnswers): PlanStepContent[] {
  return RULES.filter(([, applies]) => applies(answers)).map(([id]) => PLAN_STEPS[id])
}

/** The plan in its three stages: 立即, 24小时内, 后续. */
export function planByStage(steps: PlanStepContent[]): { stage: PlanStage; label: string; steps: PlanStepContent[] }[] {
  return PLAN_STAGES.map(({ stage, label }) => ({ stage, label, steps: steps.filter((step) => step.stage === stage) }))
}

/** Progress over the steps the plan has now; ticks on steps that dropped out do not count. */
export function planProgress(steps: PlanStepContent[], done: Record<string, number>): { done: number; total: number; percent: number } {
  const count = steps.filter((step) => done[step.id] !== undefined).length
  return { done: count, total: steps.length, percent: steps.length ? Math.round((count / steps.length) * 100) : 0 }
}

/** Keeps the ticks of steps that are still in the plan after the answers change. */
export function keepRemainingTicks(done: Record<string, number>, steps: PlanStepContent[]): Record<string, number> {
  const ids = new Set<string>(steps.map((step) => step.id))
  return Object.fromEntries(Object.entries(done).filter(([id]) => ids.has(id)))
}

/** What the questionnaire holds while the user answers: the amount as typed. */
export interface AnswersDraft {
  situation?: Situation
  moneyLost?: boolean
  amount: string
  payments: PaymentMethod[]
  codeGiven?: boolean
  remoteApp?: boolean
  sourceKnown?: boolean
}

/** Answers the case already holds (from the emergency screen and the notes): the questionnaire does not ask them again. */
export type KnownAnswers = Partial<Pick<AnswersDraft, 'situation' | 'moneyLost' | 'amount' | 'remoteApp'>>

/** The draft with what the case knows filled in wherever the user has not answered. */
export function withKnown(draft: AnswersDraft, known: KnownAnswers): AnswersDraft {
  const filled = { ...draft }
  if (filled.situation === undefined && known.situation) filled.situation = known.situation
  if (filled.moneyLost === undefined && known.moneyLost !== undefined) filled.moneyLost = known.moneyLost
  if (!filled.amount.trim() && known.amount) filled.amount = known.amount
  if (filled.remoteApp === undefined && known.remoteApp !== undefined) filled.remoteApp = known.remoteApp
  return filled
}

export type AnswersCheck =
  { ok: true; answers: PlanAnswers } | { ok: false; errors: Partial<Record<'situation' | 'moneyLost' | 'amount' | 'payments', string>> }

/** Checks the questionnaire. Only what happened and whether money went out are required. */
export function answersFromDraft(draft: AnswersDraft): AnswersCheck {
  const errors: Partial<Record<'situation' | 'moneyLost' | 'amount' | 'payments', string>> = {}
  if (!draft.situation) errors.situation = '请选择发生了什么'
  if (draft.moneyLost === undefined) errors.moneyLost = '请选择有没有转出钱'
  let amountFen: number | undefined
  if (draft.moneyLost && draft.amount.trim()) {
    const parsed = parseAmount(draft.amount)
    if (parsed.ok) amountFen = parsed.fen
    else errors.amount = parsed.message
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    answers: {
      situation: draft.situation as Situation,
      moneyLost: Boolean(draft.moneyLost),
      amountFen,
      payments: draft.moneyLost ? draft.payments : [],
      codeGiven: Boolean(draft.codeGiven),
      remoteApp: Boolean(draft.remoteApp),
      sourceKnown: Boolean(draft.sourceKnown),
    },
  }
}

export function draftFromAnswers(answers?: PlanAnswers): AnswersDraft {
  // Every field present, so that a stored draft can be restored over it field by field.
  if (!answers)
    return {
      situation: undefined,
      moneyLost: undefined,
      amount: '',
      payments: [],
      codeGiven: undefined,
      remoteApp: undefined,
      sourceKnown: undefined,
    }
  return {
    situation: answers.situation,
    moneyLost: answers.moneyLost,
    amount: answers.amountFen !== undefined ? fenToInput(answers.amountFen) : '',
    payments: answers.payments,
    codeGiven: answers.codeGiven,
    remoteApp: answers.remoteApp,
    sourceKnown: answers.sourceKnown,
  }
}
