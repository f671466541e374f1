import { callFacts } from '@/features/case/call-facts'
import { knownAnswers } from '@/features/case/known-answers'
import { MINUTE, T0, note } from '../evidence/fixtures'

const scam = { variant: 'scammed' as const, startedAt: T0, done: {} }

describe('what the case already knows, for the plan', () => {
  it('carries the screen-share answer, that money went out, and the notes’ total', () => {
    const notes = [
      note({ id: 'a', amountFen: 1_000_000 }),
      note({ id: 'b', amountFen: 2_000_000 }),
      note({ id: 'c', type: 'sms', amountFen: 5 }),
    ]
    expect(knownAnswers({ scammed: { ...scam, remoteControl: true, moneyOutAt: T0 } }, notes)).toEqual({
      remoteApp: true,
      moneyLost: true,
      amount: '30000.00',
    })
  })

  it('asks everything when the emergency screen answered nothing and there are no notes', () => {
    expect(knownAnswers({ scammed: scam }, [])).toEqual({})
  })

  it('turns a leak with no loss into the plan’s situation, and says no money went out', () => {
    expect(knownAnswers({ leaked: { variant: 'leaked', startedAt: T0, done: {}, leaks: ['phone', 'id-number'] } }, [])).toEqual({
      situation: 'id-leak',
      moneyLost: false,
    })
  })
})

describe('what to read out on the 110 call', () => {
  it('is nothing until a note holds an amount or an account', () => {
    expect(callFacts([note({ id: 'a', type: 'chat', text: '对方说…' })])).toBeUndefined()
  })

  it('totals the transfers, lists each receiving account once, and gives the first transfer’s time', () => {
    const notes = [
      note({ id: 'b', occurredAt: T0 + 9 * MINUTE, amountFen: 500, party: { account: '6222 0000 1234 5678', institution: '工商银行' } }),
      note({ id: 'a', occurredAt: T0, amountFen: 1000, party: { account: '6222000012345678', institution: '工商银行' } }),
    ]
    expect(callFacts(notes)).toEqual({ transfers: 2, totalFen: 1500, accounts: ['6222000012345678（工商银行）'], firstAt: T0 })
  })
})
