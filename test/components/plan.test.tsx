import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { PlanScreen } from '@/features/plan'
import { PresetReminderButton } from '@/features/reminders'

const reminderSlot = (presetId: string) => <PresetReminderButton presetId={presetId} />
import { usePlan } from '@/features/plan/store'

beforeEach(async () => {
  usePlan.setState({ answers: undefined, done: {}, details: {} })
  await new Promise((resolve) => setTimeout(resolve, 0))
  localStorage.clear()
  await usePlan.persist.rehydrate()
})

const click = (id: string) => fireEvent.click(document.getElementById(id) as HTMLElement)

describe('recovery plan', () => {
  it('builds the plan from the answers, keeps ticks, and keeps the ticks of remaining steps when answers change', async () => {
    render(<PlanScreen reminderSlot={reminderSlot} />)
    await waitFor(() => expect(screen.getByText('1. 发生了什么？')).toBeTruthy())
    click('situation-airline-scam')
    click('money-lost-yes')
    click('payment-bank')
    click('code-given-no')
    click('plan-build')

    // The next three first; the rest folded behind one row.
    await waitFor(() => expect(document.getElementById('plan-step-call-bank')).toBeTruthy())
    expect(screen.getByText('先做这 3 件')).toBeTruthy()
    expect(Array.from(document.querySelectorAll('#plan-first .bj-plan-step')).map((step) => step.id)).toEqual([
      'plan-step-stop-paying',
      'plan-step-call-police',
      'plan-step-call-bank',
    ])
    expect(document.getElementById('plan-step-verify-airline')).toBeNull()
    click('plan-rest-toggle')
    expect(document.getElementById('plan-step-verify-airline')).toBeTruthy()
    expect(screen.getByText('立即')).toBeTruthy()
    expect(screen.getByText('24小时内')).toBeTruthy()
    expect(screen.getByText('后续')).toBeTruthy()

    click('plan-tick-call-police')
    click('plan-tick-verify-airline')
    // Each tick shows once it is on the phone.
    await waitFor(() => expect(document.getElementById('plan-progress')?.textContent).toBe('已完成 2 / 14 步'))

    // Now it was a payment scam through Alipay: the airline step goes, the police tick stays.
    click('plan-edit-answers')
    click('situation-payment-scam')
    click('payment-bank')
    click('payment-alipay')
    click('plan-build')
    await waitFor(() => expect(document.getElementById('plan-rest-toggle')).toBeTruthy())
    if (!document.getElementById('plan-step-call-alipay')) click('plan-rest-toggle')
    await waitFor(() => expect(document.getElementById('plan-step-call-alipay')).toBeTruthy())
    expect(document.getElementById('plan-step-verify-airline')).toBeNull()
    expect(usePlan.getState().done).toEqual({ 'call-police': expect.any(Number) })
    expect(document.getElementById('plan-progress')?.textContent).toMatch(/^已完成 1 \/ \d+ 步$/)
    // Done steps fold away with the later ones.
    expect(document.getElementById('plan-step-call-police')).toBeNull()
    click('plan-rest-toggle')
    expect(document.getElementById('plan-tick-call-police')?.textContent).toContain('已完成')
  })

  it('explains liability and links the law library', async () => {
    usePlan.setState({
      answers: { situation: 'id-leak', moneyLost: false, payments: [], codeGiven: false, remoteApp: false, sourceKnown: false },
    })
    render(<PlanScreen reminderSlot={reminderSlot} />)
    await waitFor(() => expect(screen.getByText('责任与例外')).toBeTruthy())
    expect(screen.getByText('泄露是因为航空公司或平台被黑客攻击')).toBeTruthy()
    expect(screen.getByText('法律依据')).toBeTruthy()
    click('plan-rest-toggle')
    expect(document.getElementById('plan-step-check-phone-cards')).toBeTruthy()
    // A leak with no loss: no 110, no stop-payment.
    expect(
      Array.from(document.querySelectorAll('.bj-plan-step'))
        .map((step) => step.textContent)
        .join(),
    ).not.toMatch(/110|止付/)
  })

  it('starts from what the emergency screen knows, and asks only the rest', async () => {
    render(<PlanScreen reminderSlot={reminderSlot} known={{ moneyLost: true, amount: '30000', remoteApp: true }} />)
    await waitFor(() => expect(document.getElementById('plan-known')).toBeTruthy())
    expect(document.getElementById('plan-known')?.textContent).toContain('钱已经转出')
    expect(document.getElementById('money-lost-yes')).toBeNull()
    expect(document.getElementById('plan-amount')).toBeNull()
    expect(document.getElementById('remote-app-yes')).toBeNull()
    // 「改这些回答」 shows the carried answers in the questions, to change.
    click('plan-known-change')
    expect(document.getElementById('money-lost-yes')?.getAttribute('aria-checked')).toBe('true')
    expect(document.getElementById('remote-app-yes')?.getAttribute('aria-checked')).toBe('true')
    click('situation-payment-scam')
    click('plan-build')
    await waitFor(() =>
      expect(usePlan.getState().answers).toMatchObject({
        situation: 'payment-scam',
        moneyLost: true,
        amountFen: 3_000_000,
        remoteApp: true,
      }),
    )
    // First aid leads; 「怎么转出去的」 was skipped, and the bank step stays.
    await waitFor(() => expect(document.querySelector('#plan-first .bj-plan-step')?.id).toBe('plan-step-first-aid'))
    click('plan-rest-toggle')
    expect(document.getElementById('plan-step-call-bank')).toBeTruthy()
  })
})
