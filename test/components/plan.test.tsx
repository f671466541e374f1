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

    await waitFor(() => expect(document.getElementById('plan-step-call-bank')).toBeTruthy())
    expect(document.getElementById('plan-step-call-police')).toBeTruthy()
    expect(document.getElementById('plan-step-verify-airline')).toBeTruthy()
    expect(screen.getByText('立即')).toBeTruthy()
    expect(screen.getByText('24小时内')).toBeTruthy()
    expect(screen.getByText('后续')).toBeTruthy()

    click('plan-tick-call-police')
    click('plan-tick-verify-airline')
    expect(document.getElementById("plan-progress")?.textContent).toBe("已完成 2 / 14 步")

    // Now it was a payment scam through Alipay: the airline step goes, the police tick stays.
    click('plan-edit-answers')
    click('situation-payment-scam')
    click('payment-bank')
    click('payment-alipay')
    click('plan-build')
    await waitFor(() => expect(document.getElementById('plan-step-call-alipay')).toBeTruthy())
    expect(document.getElementById('plan-step-verify-airline')).toBeNull()
    expect(usePlan.getState().done).toEqual({ 'call-police': expect.any(Number) })
    expect(document.getElementById('plan-progress')?.textContent).toMatch(/^已完成 1 \/ \d+ 步$/)
    expect(document.getElementById('plan-tick-call-police')?.textContent).toContain('已完成')
  })

  it('explains liability and links the law library', async () => {
    usePlan.setState({ answers: { situation: 'id-leak', moneyLost: false, payments: [], codeGiven: false, remoteApp: false, sourceKnown: false } })
    render(<PlanScreen reminderSlot={reminderSlot} />)
    await waitFor(() => expect(screen.getByText('责任与例外')).toBeTruthy())
    expect(screen.getByText('泄露是因为航空公司或平台被黑客攻击')).toBeTruthy()
    expect(screen.getByText('法律依据')).toBeTruthy()
    expect(document.getElementById('plan-step-check-phone-cards')).toBeTruthy()
  })
})
