import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { EmergencyScreen } from '@/features/emergency/components/emergency-screen'
import { useEmergency } from '@/features/emergency/store'
import { makePhoneCall } from '@/platform/phone'

jest.mock('@/platform/phone')

const STORAGE_KEY = 'bj.emergency'

function savedSessions() {
  // Taro's H5 storage wraps each value as {"data": …} in localStorage.
  const raw = localStorage.getItem(STORAGE_KEY)
  return raw ? JSON.parse(raw).data.state.sessions : undefined
}

beforeEach(async () => {
  // setState writes through to storage, so reset the store before clearing storage.
  useEmergency.setState({ sessions: {} })
  await new Promise((resolve) => setTimeout(resolve, 0))
  localStorage.clear()
  await useEmergency.persist.rehydrate()
  jest.mocked(makePhoneCall).mockResolvedValue({ ok: true, value: undefined })
})

describe('emergency screen', () => {
  it('shows the scam steps in order, with the clock running', async () => {
    render(<EmergencyScreen variant='scammed' />)
    const titles = ['立刻停止转账', '马上打 110 报警，请求紧急止付', '打给你的银行，挂失或冻结', '保留所有记录，一条也别删', '用官方电话核实航班或订单']
    const positions = titles.map((title) => document.body.textContent?.indexOf(title) ?? -1)
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    await waitFor(() => expect(screen.getByText(/^已过去 \d+ 秒$/)).toBeTruthy())
  })

  it('dials 110 from the report step, and offers 96110 only as 咨询', async () => {
    render(<EmergencyScreen variant='scammed' />)
    const step = document.getElementById('step-call-police') as HTMLElement
    const buttons = Array.from(step.querySelectorAll('[id^="call-"]'))
    expect(buttons.map((button) => button.id)).toEqual(['call-110', 'call-96110'])
    expect(buttons[0].getAttribute('aria-label')).toBe('拨打报警电话（报警） 110')
    expect(buttons[1].textContent).toBe('拿不准？打 96110 咨询')
    for (const button of Array.from(document.querySelectorAll('[id="call-96110"]'))) expect(button.getAttribute('aria-label')).toMatch(/咨询|核实/)
    fireEvent.click(buttons[0])
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith('110'))
  })

  it('ticks a step and keeps the tick on the phone', async () => {
    render(<EmergencyScreen variant='scammed' />)
    await waitFor(() => expect(useEmergency.getState().sessions.scammed).toBeDefined())
    fireEvent.click(screen.getByLabelText('第 2 步：标记为已完成'))
    await waitFor(() => expect(screen.getByText(/✓ 已完成/)).toBeTruthy())
    expect(screen.getByText('已完成 1 / 5 步')).toBeTruthy()
    await waitFor(() => expect(savedSessions()?.scammed.done['call-police']).toEqual(expect.any(Number)))
  })

  it('resumes the saved start time and ticks instead of starting again', async () => {
    const startedAt = Date.now() - 5 * 60_000
    // As if the app had been closed and reopened: only storage holds the session.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ data: { state: { sessions: { scammed: { variant: 'scammed', startedAt, done: { 'stop-paying': startedAt } } } }, version: 1 } }),
    )
    await act(() => useEmergency.persist.rehydrate())
    render(<EmergencyScreen variant='scammed' />)
    expect(screen.getByText('已完成 1 / 5 步')).toBeTruthy()
    expect(screen.getByText(/^已过去 5 分 0\d 秒$/)).toBeTruthy()
    expect(useEmergency.getState().sessions.scammed?.startedAt).toBe(startedAt)
  })

  it('dials the bank picked from the bank grid', async () => {
    render(<EmergencyScreen variant='scammed' />)
    fireEvent.click(screen.getByLabelText('拨打工商银行 95588'))
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith('95588'))
  })

  it('shows the leak steps for the leak variant', () => {
    render(<EmergencyScreen variant='leaked' />)
    expect(screen.getByText('更换泄露的账号和密码')).toBeTruthy()
    expect(screen.queryByText('立刻停止转账')).toBeNull()
  })
})
