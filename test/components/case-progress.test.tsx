// One case record: a step completed by a call that got through counts the same on home, the
// emergency screen and the plan, and the plan does not ask again what the emergency screen answered.
import { act, fireEvent, render, waitFor } from '@testing-library/react'
import HomePage from '@/pages/index/index'
import EmergencyPage from '@/case/pages/emergency/index'
import PlanPage from '@/case/pages/plan/index'
import { Current } from '@tarojs/taro'
import { useCallLog } from '@/features/calls'
import { useEmergency } from '@/features/emergency/store'
import { loadEvidence } from '@/features/evidence'
import { usePlan } from '@/features/plan/store'
import { CallScriptFor } from '@/features/case'

jest.mock('@/platform/navigation')

const NOW = Date.now()

beforeEach(async () => {
  await loadEvidence()
  usePlan.setState({ answers: undefined, done: {}, details: {} })
  useEmergency.setState({
    sessions: {
      scammed: { variant: 'scammed', startedAt: NOW - 10 * 60_000, remoteControl: false, moneyOutAt: NOW - 15 * 60_000, done: {} },
    },
  })
  // 110, answered: no step was ticked by hand.
  useCallLog.setState({
    calls: [{ id: 'c1', at: NOW - 60_000, number: '110', label: '报警电话', outcome: 'dialled', answered: true }],
    asking: undefined,
  })
  Current.router = { params: { variant: 'scammed' }, path: '/case/pages/emergency/index' } as unknown as typeof Current.router
})

describe('one case record', () => {
  it('counts the answered 110 call on home', async () => {
    render(<HomePage />)
    await waitFor(() => expect(document.getElementById('resume-scammed')?.textContent).toContain('已完成 1/5 步'))
    expect(document.getElementById('resume-scammed')?.textContent).toContain('下一步：立刻停止转账')
  })

  it('counts it on the emergency screen, whose time box then offers the bank and the pack', async () => {
    render(<EmergencyPage />)
    await waitFor(() => expect(document.getElementById('emergency-progress')?.textContent).toBe('已完成 1 / 5 步'))
    expect(document.getElementById('money-out-next')?.textContent).toContain('110 已经打通')
    expect(document.getElementById('money-out-report')).toBeTruthy()
  })

  it('counts it in the plan, which asks neither whether money went out nor about screen sharing', async () => {
    render(<PlanPage />)
    await waitFor(() => expect(document.getElementById('plan-known')?.textContent).toContain('钱已经转出'))
    expect(document.getElementById('money-lost-yes')).toBeNull()
    expect(document.getElementById('remote-app-yes')).toBeNull()
    await act(async () => {
      usePlan.setState({
        answers: { situation: 'payment-scam', moneyLost: true, payments: [], codeGiven: false, remoteApp: false, sourceKnown: false },
      })
    })
    await waitFor(() => expect(document.getElementById('plan-rest-toggle')).toBeTruthy())
    fireEvent.click(document.getElementById('plan-rest-toggle') as HTMLElement)
    await waitFor(() => expect(document.getElementById('plan-tick-call-police')?.textContent).toContain('已完成'))
  })

  it('gives the bank call its own script (the card’s last 4 digits), and the advice line none', async () => {
    usePlan.setState({ details: { cardNumber: '6222 0000 1234 9876' } })
    const { unmount } = render(<CallScriptFor number='95588' />)
    await waitFor(() => expect(document.getElementById('bank-script-card')?.textContent).toContain('9876'))
    unmount()
    const advice = render(<CallScriptFor number='96110' />)
    expect(advice.container.textContent).toBe('')
  })
})
