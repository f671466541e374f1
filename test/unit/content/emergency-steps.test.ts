import { EMERGENCY_STEPS } from '@/content/emergency-steps'
import { stepsFor } from '@/features/emergency/model'

describe('emergency steps', () => {
  it('puts the scam steps in the order that matters', () => {
    expect(stepsFor('scammed').map((step) => step.id)).toEqual([
      'stop-paying',
      'call-police',
      'call-bank',
      'keep-records',
      'verify-official',
    ])
  })

  it('puts the leak steps in their order', () => {
    expect(stepsFor('leaked').map((step) => step.id)).toEqual([
      'change-passwords',
      'expect-scams',
      'warn-family',
      'report-leak',
      'keep-records',
    ])
  })

  it('warns about every trick named in the design before anything else', () => {
    const first = stepsFor('scammed')[0]
    for (const word of ['保证金', '解冻费', '安全账户', '屏幕共享']) expect(first.warning).toContain(word)
  })

  it('names the records to keep and why deleting them hurts', () => {
    const keep = stepsFor('scammed').find((step) => step.id === 'keep-records')
    expect(keep?.points).toEqual(expect.arrayContaining(['聊天记录', '通话记录', '短信']))
    expect(keep?.body).toContain('证据链')
  })

  it('gives every step a source and plain copy with no promise of getting money back', () => {
    for (const step of Object.values(EMERGENCY_STEPS).flat()) {
      expect(step.source).not.toBe('')
      const copy = [step.title, step.body, step.warning ?? '', ...(step.points ?? [])].join('')
      expect(copy).not.toMatch(/一定能追回|保证追回|肯定能拿回|全额退还/)
    }
  })

  it('has unique step ids within a variant', () => {
    for (const steps of Object.values(EMERGENCY_STEPS)) {
      const ids = steps.map((step) => step.id)
      expect(new Set(ids).size).toBe(ids.length)
    }
  })
})
