import { EMERGENCY_STEPS } from '@/content/emergency-steps'
import { STEP_CARDS } from '@/content/emergency-step-cards'
import { stepsFor } from '@/features/emergency/model'

describe('emergency steps', () => {
  it('puts the scam steps in the order that matters', () => {
    expect(stepsFor('scammed').map((step) => step.id)).toEqual([
      'stop-paying',
      'call-police',
      'call-bank',
      'keep-evidence',
      'verify-airline',
    ])
  })

  it('puts the leak steps in their order, for a leak of everything', () => {
    expect(
      stepsFor('leaked', { leaks: ['id-number', 'phone', 'bank-card', 'password', 'ticket', 'lending', 'address'] }).map((step) => step.id),
    ).toEqual([
      'expect-scams',
      'change-passwords',
      'ask-bank',
      'verify-airline',
      'contact-platform',
      'check-phone-cards',
      'credit-report',
      'report-police',
      'warn-family',
      'report-leak',
      'keep-evidence',
    ])
  })

  it('gives first aid from the 2026 advisory, in order, with its caveat and nothing that promises money back', () => {
    const [step] = stepsFor('scammed', { remoteControl: true })
    expect(step.id).toBe('first-aid')
    const first = STEP_CARDS[step.id]
    expect(first.points?.[0]).toContain('强制重启')
    expect(first.points?.[1]).toMatch(/^一定要拔出电话卡/)
    expect(first.caveat).toContain('以官方渠道为准')
    expect(first.warning).toContain('不能把钱追回来')
  })

  it('warns about every trick named in the design before anything else', () => {
    const first = STEP_CARDS[stepsFor('scammed')[0].id]
    for (const word of ['保证金', '解冻费', '安全账户', '屏幕共享']) expect(first.warning).toContain(word)
  })

  it('names the records to keep and why deleting them hurts', () => {
    const keep = STEP_CARDS['keep-evidence']
    expect(keep.points).toEqual(expect.arrayContaining(['聊天记录', '通话记录', '短信']))
    expect(keep.body).toContain('证据链')
  })

  it('gives every step a source and plain copy with no promise of getting money back', () => {
    for (const step of [...Object.values(EMERGENCY_STEPS).flat(), ...stepsFor('scammed', { remoteControl: true })]) {
      const card = STEP_CARDS[step.id]
      expect(card.source).not.toBe('')
      const copy = [step.title, card.body, card.warning ?? '', ...(card.points ?? [])].join('')
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
