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

/** The emergency screen after its first question was answered with 没有 (no screen sharing). */
async function renderAnswered(variant: 'scammed' | 'leaked' = 'scammed') {
  render(<EmergencyScreen variant={variant} />)
  await waitFor(() => expect(useEmergency.getState().sessions[variant]).toBeDefined())
  if (variant === 'scammed') fireEvent.click(document.getElementById('remote-control-no') as HTMLElement)
  await waitFor(() => expect(document.getElementById('step-stop-paying') ?? document.getElementById('leak-kinds')).toBeTruthy())
}

describe('emergency screen', () => {
  it('puts 110, what to say, and the family call before the screen-share question', async () => {
    const family = { call: <div id='call-family'>打给女儿</div>, sendLabel: '发给女儿' }
    render(<EmergencyScreen variant='scammed' family={family} />)
    await waitFor(() => expect(document.getElementById('remote-control')).toBeTruthy())
    const order = ['emergency-110', 'emergency-say', 'call-family', 'remote-control'].map(
      (id) => document.getElementById(id) as HTMLElement,
    )
    for (let i = 1; i < order.length; i += 1)
      expect(order[i - 1].compareDocumentPosition(order[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(order[0].getAttribute('aria-label')).toBe('拨打 110 报警，请求紧急止付')
    fireEvent.click(order[0])
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith('110'))
  })

  it('opens a step from its line under 「接下来」', async () => {
    await renderAnswered()
    fireEvent.click(document.getElementById('next-call-bank') as HTMLElement)
    await waitFor(() => expect(document.getElementById('step-call-bank')).toBeTruthy())
    expect(document.getElementById('step-stop-paying')).toBeNull()
    expect(document.getElementById('next-stop-paying')).toBeTruthy()
  })

  it('asks first whether the scammer had the screen shared or an app installed, before any step', async () => {
    render(<EmergencyScreen variant='scammed' />)
    await waitFor(() => expect(screen.getByText('对方让你开过屏幕共享、远程协助，或让你装过 App 吗？')).toBeTruthy())
    expect(document.getElementById('step-stop-paying')).toBeNull()
  })

  it('puts first aid first after 是', async () => {
    render(<EmergencyScreen variant='scammed' />)
    await waitFor(() => expect(document.getElementById('remote-control-yes')).toBeTruthy())
    fireEvent.click(document.getElementById('remote-control-yes') as HTMLElement)
    await waitFor(() => expect(document.getElementById('step-first-aid')).toBeTruthy())
    expect(document.getElementById('step-first-aid')?.textContent).toContain('强制重启手机')
  })

  it('opens only the current step, lists the next two in one line each, and folds the finished ones', async () => {
    await renderAnswered()
    expect(document.querySelectorAll('.bj-step')).toHaveLength(1)
    expect(document.getElementById('step-stop-paying')).toBeTruthy()
    expect(document.getElementById('next-call-police')?.textContent).toBe('2. 拨打 110 报警，请求紧急止付')
    expect(document.getElementById('next-call-bank')).toBeTruthy()
    expect(screen.getByText('之后还有 2 步')).toBeTruthy()

    fireEvent.click(screen.getByLabelText('第 1 步：这步做完了'))
    await waitFor(() => expect(document.getElementById('step-call-police')).toBeTruthy())
    expect(screen.getByText('已完成 1 / 5 步')).toBeTruthy()
    expect(document.getElementById('finished-toggle')?.textContent).toContain('已完成 1 步')
    await waitFor(() => expect(savedSessions()?.scammed.done['stop-paying']).toEqual(expect.any(Number)))

    // The folded row opens, and the step can be taken back.
    fireEvent.click(document.getElementById('finished-toggle') as HTMLElement)
    fireEvent.click(document.getElementById('undo-stop-paying') as HTMLElement)
    await waitFor(() => expect(document.getElementById('step-stop-paying')).toBeTruthy())
    expect(useEmergency.getState().sessions.scammed?.done).toEqual({})
  })

  it('keeps the reason behind 为什么', async () => {
    await renderAnswered()
    expect(screen.queryByText(/挂断对方电话/)).toBeNull()
    fireEvent.click(document.getElementById('why-stop-paying') as HTMLElement)
    expect(screen.getByText(/挂断对方电话/)).toBeTruthy()
  })

  it('dials 110 from the report step, and offers 96110 only as 咨询', async () => {
    await renderAnswered()
    fireEvent.click(screen.getByLabelText('第 1 步：这步做完了'))
    await waitFor(() => expect(document.getElementById('step-call-police')).toBeTruthy())
    const step = document.getElementById('step-call-police') as HTMLElement
    const buttons = Array.from(step.querySelectorAll('[id^="call-"]'))
    expect(buttons.map((button) => button.id)).toEqual(['call-110', 'call-96110'])
    expect(buttons[0].getAttribute('aria-label')).toBe('拨打 110 报警')
    expect(buttons[1].textContent).toBe('拿不准？打 96110 咨询')
    for (const button of Array.from(document.querySelectorAll('[id="call-96110"]')))
      expect(button.getAttribute('aria-label')).toMatch(/咨询|核实/)
    fireEvent.click(buttons[0])
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith('110'))
  })

  it('says how long ago the money went out, once the user says when', async () => {
    await renderAnswered()
    fireEvent.click(document.getElementById('money-out-10min') as HTMLElement)
    await waitFor(() => expect(document.getElementById('money-out-since')?.textContent).toBe('转账已过 10 分钟'))
    expect(useEmergency.getState().sessions.scammed?.moneyOutAt).toEqual(expect.any(Number))
  })

  it('shows a step done elsewhere in the case (the plan, or a call that got through) as done here', async () => {
    render(
      <EmergencyScreen
        variant='scammed'
        doneElsewhere={{ ticked: {}, byActions: { 'stop-paying': Date.now(), 'call-police': Date.now() } }}
      />,
    )
    await waitFor(() => expect(document.getElementById('remote-control-no')).toBeTruthy())
    fireEvent.click(document.getElementById('remote-control-no') as HTMLElement)
    await waitFor(() => expect(document.getElementById('step-call-bank')).toBeTruthy())
    expect(screen.getByText('已完成 2 / 5 步')).toBeTruthy()
    fireEvent.click(document.getElementById('finished-toggle') as HTMLElement)
    // Done by an action that really happened: no 撤销.
    expect(document.getElementById('undo-call-police')).toBeNull()
  })

  it('resumes the saved session and its ticks instead of starting again', async () => {
    const startedAt = Date.now() - 5 * 60_000
    // As if the app had been closed and reopened: only storage holds the session.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        data: {
          state: { sessions: { scammed: { variant: 'scammed', startedAt, remoteControl: false, done: { 'stop-paying': startedAt } } } },
          version: 2,
        },
      }),
    )
    await act(() => useEmergency.persist.rehydrate())
    render(<EmergencyScreen variant='scammed' />)
    expect(screen.getByText('已完成 1 / 5 步')).toBeTruthy()
    expect(useEmergency.getState().sessions.scammed?.startedAt).toBe(startedAt)
  })

  it('asks what leaked, and shows only the steps that fit', async () => {
    await renderAnswered('leaked')
    fireEvent.click(document.getElementById('leak-id-number') as HTMLElement)
    fireEvent.click(document.getElementById('leak-kinds-done') as HTMLElement)
    await waitFor(() => expect(document.getElementById('step-expect-scams')).toBeTruthy())
    const listed = document.body.textContent ?? ''
    expect(listed).toContain('一证通查')
    expect(listed).toContain('征信')
    expect(listed).not.toContain('改掉泄露的密码')
    expect(screen.queryByText('立刻停止转账，不再付任何“费用”')).toBeNull()
  })

  it('takes an ID-number leak to the police station to put it on record, with what to bring and no 110 button', async () => {
    await renderAnswered('leaked')
    fireEvent.click(document.getElementById('leak-id-number') as HTMLElement)
    fireEvent.click(document.getElementById('leak-kinds-done') as HTMLElement)
    for (const id of ['expect-scams', 'check-phone-cards', 'credit-report']) {
      await waitFor(() => expect(document.getElementById(`tick-${id}`)).toBeTruthy())
      fireEvent.click(document.getElementById(`tick-${id}`) as HTMLElement)
    }
    await waitFor(() => expect(document.getElementById('step-report-police')).toBeTruthy())
    const card = document.getElementById('step-report-police') as HTMLElement
    expect(card.textContent).toContain('到派出所报案备案')
    expect(card.textContent).toContain('身份证')
    expect(card.querySelector('#call-110')).toBeNull()
  })
})
