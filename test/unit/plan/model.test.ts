import { FOLLOW_UP_PRESETS } from '@/content/follow-ups'
import { HOTLINES } from '@/content/hotlines'
import { LAW_ARTICLES, citationText, lawById } from '@/content/laws'
import { LIABILITY_CASES } from '@/content/liability'
import { PLAN_STEPS } from '@/content/plan-steps'
import { answersFromDraft, buildPlan, keepRemainingTicks, planByStage, planProgress, type PlanAnswers } from '@/features/plan/model'
import { isCallable } from '@/features/hotlines/model'
import { allowedNumbers } from '../../support/allowed-numbers'

const base: PlanAnswers = { situation: 'other', moneyLost: false, payments: [], codeGiven: false, remoteApp: false, sourceKnown: false }
const stages = (answers: Partial<PlanAnswers>) =>
  Object.fromEntries(
    planByStage(buildPlan({ ...base, ...answers })).map((section) => [section.stage, section.steps.map((step) => step.id)]),
  )

describe('building the plan', () => {
  it.each<[string, Partial<PlanAnswers>, Record<string, string[]>]>([
    [
      'airline scam, ¥3,000 by bank card',
      { situation: 'airline-scam', moneyLost: true, amountFen: 300000, payments: ['bank'] },
      {
        now: ['stop-paying', 'call-police', 'call-bank', 'verify-airline', 'keep-evidence'],
        '24h': ['report-police', 'contact-source', 'check-accounts', 'warn-family'],
        later: ['credit-report', 'complain-regulator', 'follow-up-police', 'claim-compensation', 'report-any-amount'],
      },
    ],
    [
      'ID card leaked, no loss',
      { situation: 'id-leak' },
      {
        now: ['keep-evidence'],
        '24h': ['report-police', 'check-accounts', 'warn-family'],
        later: ['check-phone-cards', 'credit-report', 'complain-regulator', 'follow-up-police'],
      },
    ],
    [
      'payment scam through Alipay and WeChat Pay, code given, screen shared',
      { situation: 'payment-scam', moneyLost: true, payments: ['alipay', 'wechat'], codeGiven: true, remoteApp: true },
      {
        now: ['first-aid', 'stop-paying', 'call-police', 'call-bank', 'call-alipay', 'call-wechat-pay', 'keep-evidence'],
        '24h': ['report-police', 'change-passwords', 'check-accounts', 'warn-family'],
        later: ['credit-report', 'follow-up-police', 'report-any-amount'],
      },
    ],
    [
      'password leaked, source known',
      { situation: 'password-leak', sourceKnown: true },
      {
        now: ['keep-evidence'],
        '24h': ['change-passwords', 'request-deletion', 'check-accounts', 'warn-family'],
        later: ['complain-regulator', 'claim-compensation'],
      },
    ],
    [
      'phone number leaked',
      { situation: 'phone-leak' },
      { now: ['keep-evidence'], '24h': ['change-passwords', 'warn-family'], later: ['check-phone-cards', 'complain-regulator'] },
    ],
    [
      'online-lending platform leaked',
      { situation: 'lending-leak' },
      {
        now: ['keep-evidence'],
        '24h': ['change-passwords', 'contact-source', 'check-accounts', 'warn-family'],
        later: ['credit-report', 'complain-regulator', 'claim-compensation'],
      },
    ],
    ['something else, nothing lost', {}, { now: ['keep-evidence'], '24h': ['warn-family'], later: [] }],
  ])('%s', (_name, answers, expected) => {
    expect(stages(answers)).toEqual(expected)
  })
})

describe('plan content', () => {
  const allowed = allowedNumbers()

  it('gives every step a verb-first title, a one-line reason, and a basis: citations that exist in the law library, or guidance', () => {
    for (const step of Object.values(PLAN_STEPS)) {
      expect(step.reason.length).toBeGreaterThan(8)
      expect(step.reason).not.toContain('\n')
      expect({ step: step.id, hasBasis: step.citations.length > 0 || Boolean(step.guidance) }).toEqual({ step: step.id, hasBasis: true })
      for (const id of step.citations)
        expect({ step: step.id, id, found: Boolean(lawById(id)) }).toEqual({ step: step.id, id, found: true })
    }
    for (const entry of LIABILITY_CASES) for (const id of entry.citations) expect(lawById(id)).toBeDefined()
  })

  it('dials only allowed numbers and adds only known reminders', () => {
    for (const step of Object.values(PLAN_STEPS)) {
      for (const action of step.actions) {
        for (const id of action.kind === 'call' ? action.hotlineIds : []) {
          const hotline = HOTLINES.find((entry) => entry.id === id)
          expect(hotline && isCallable(hotline) && allowed.has(hotline.dial)).toBe(true)
        }
        if (action.kind === 'reminder') expect(FOLLOW_UP_PRESETS.some((preset) => preset.id === action.presetId)).toBe(true)
      }
    }
  })

  it('gives every law a name, an edition and a plain paraphrase, and cites the Cybersecurity Law as amended in 2025', () => {
    for (const entry of LAW_ARTICLES) {
      expect(entry.law).toMatch(/^《.+》$/)
      expect(entry.edition).toMatch(/^(\d{4}年(修正)?|公安部|)$/)
      expect(entry.paraphrase.length).toBeGreaterThan(10)
    }
    const csl = LAW_ARTICLES.filter((entry) => entry.law === '《网络安全法》')
    expect(csl.map((entry) => citationText(entry))).toEqual([
      '《网络安全法》（2025年修正）第四十四条',
      '《网络安全法》（2025年修正）第四十五条',
    ])
    expect(csl.every((entry) => !entry.note)).toBe(true)
  })
})

describe('progress and changed answers', () => {
  it('keeps the ticks of steps that remain and drops the rest', () => {
    const before = buildPlan({ ...base, situation: 'airline-scam', moneyLost: true, payments: ['bank'] })
    const done = { 'call-police': 1, 'verify-airline': 2, 'call-bank': 3 }
    expect(planProgress(before, done)).toEqual({ done: 3, total: before.length, percent: Math.round((3 / before.length) * 100) })
    const after = buildPlan({ ...base, situation: 'payment-scam', moneyLost: true, payments: ['alipay'] })
    expect(keepRemainingTicks(done, after)).toEqual({ 'call-police': 1 })
  })

  it('requires what happened and whether money went out, and refuses a bad amount', () => {
    expect(answersFromDraft({ amount: '', payments: [] })).toEqual({
      ok: false,
      errors: { situation: '请选择发生了什么', moneyLost: '请选择有没有转出钱' },
    })
    expect(answersFromDraft({ situation: 'airline-scam', moneyLost: true, amount: '3,0O0', payments: ['bank'] })).toMatchObject({
      ok: false,
      errors: { amount: expect.any(String) },
    })
    expect(answersFromDraft({ situation: 'airline-scam', moneyLost: true, amount: '¥3,000', payments: ['bank'] })).toMatchObject({
      ok: true,
      answers: { amountFen: 300000 },
    })
  })
})
