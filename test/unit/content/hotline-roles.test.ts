// 110 is the number to report a scam and ask for a stop-payment; 96110 is the advice line
// (shared/facts/hotlines.md). No content may offer 96110 as a number to report on.
import { EMERGENCY_STEPS } from '@/content/emergency-steps'
import { STEP_CARDS, type StepAction } from '@/content/emergency-step-cards'
import { HOTLINE_ENTRIES } from '@/content/hotline-details'
import { PLAN_STEPS, type PlanAction } from '@/content/plan-steps'
import { GENERAL_WARNING, SCAM_WARNINGS } from '@/content/scam-warnings'

const ANTI_FRAUD = 'anti-fraud-96110'

describe('hotline roles', () => {
  it('has the emergency report step dial 110 only, with 96110 offered as advice', () => {
    const report = EMERGENCY_STEPS.scammed.find((step) => step.id === 'call-police')
    const actions = STEP_CARDS['call-police'].actions
    const calls = actions.flatMap((action) => (action.kind === 'call' ? action.hotlineIds : []))
    expect(calls).toEqual(['police-110'])
    expect(actions).toContainEqual({ kind: 'consult', hotlineId: ANTI_FRAUD, label: '拿不准？打 96110 咨询' })
    expect(report?.title).toMatch(/110/)
    expect(report?.title).not.toMatch(/96110/)
  })

  it('never puts 96110 among the call buttons of a step, in the emergency flow or the plan', () => {
    const emergencyCalls = Object.values(STEP_CARDS)
      .flatMap((card) => card.actions)
      .flatMap((action) => (action.kind === 'call' ? action.hotlineIds : []))
    const planCalls = Object.values(PLAN_STEPS)
      .flatMap((step) => step.actions)
      .flatMap((action) => (action.kind === 'call' ? action.hotlineIds : []))
    expect([...emergencyCalls, ...planCalls]).not.toContain(ANTI_FRAUD)
  })

  it('labels every 96110 offer in content as 咨询 or 核实', () => {
    const actions: (StepAction | PlanAction)[] = [
      ...Object.values(STEP_CARDS).flatMap((card) => card.actions),
      ...Object.values(PLAN_STEPS).flatMap((step) => step.actions),
    ]
    const consults = actions.flatMap((action) => (action.kind === 'consult' ? [action] : []))
    expect(consults.length).toBeGreaterThan(0)
    for (const consult of consults) expect(consult.label).toMatch(/咨询|核实/)
    const cardLines = [...SCAM_WARNINGS, GENERAL_WARNING].flatMap((card) => card.actions).filter((line) => line.includes('96110'))
    for (const line of cardLines) expect(line).toMatch(/96110 ?(咨询|核实)/)
  })

  it('gives 110 the role 报警 and 96110 the role 咨询, and says 96110 is not for reporting', () => {
    const police = HOTLINE_ENTRIES.find((entry) => entry.id === 'police-110')
    const antiFraud = HOTLINE_ENTRIES.find((entry) => entry.id === ANTI_FRAUD)
    expect(police?.role).toBe('报警')
    expect(antiFraud?.role).toBe('咨询')
    expect(antiFraud?.purpose).toContain('不是报警电话')
  })

  it('never pairs 110 and 96110 as equals, or 96110 with reporting, anywhere in the content', () => {
    const text = JSON.stringify([EMERGENCY_STEPS, STEP_CARDS, PLAN_STEPS, HOTLINE_ENTRIES, SCAM_WARNINGS, GENERAL_WARNING])
    expect(text).not.toMatch(/110 ?(或|或者) ?96110/)
    expect(text).not.toMatch(/96110[^"]{0,12}(报警|止付)/)
  })

  it('offers the 12321 voice line as 010-12321 for questions, and the website for complaints', () => {
    const entry = HOTLINE_ENTRIES.find((hotline) => hotline.id === 'report-12321')
    expect(entry).toMatchObject({ dial: '01012321', display: '010-12321', role: '咨询', channel: 'www.12321.cn' })
    expect(entry?.purpose).toContain('12321受理中心')
  })

  it('no longer offers 12363, which the facts mark unverified', () => {
    expect(JSON.stringify(HOTLINE_ENTRIES)).not.toContain('12363')
  })
})
