import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CallOutcomeSheet, dial, useCallLog } from '@/features/calls'
import { RetryCallButton, useReminders } from '@/features/reminders'
import { makePhoneCall } from '@/platform/phone'

jest.mock('@/platform/phone')
jest.mock('@/platform/feedback')

function type(id: string, value: string) {
  fireEvent(document.getElementById(id) as HTMLElement, new CustomEvent('input', { detail: { value }, bubbles: true }))
}

beforeEach(async () => {
  useCallLog.setState({ calls: [], asking: undefined })
  useReminders.setState({ reminders: [], calendarAddedAt: {} })
  await new Promise((resolve) => setTimeout(resolve, 0))
  localStorage.clear()
  await Promise.all([useCallLog.persist.rehydrate(), useReminders.persist.rehydrate()])
  jest.mocked(makePhoneCall).mockResolvedValue({ ok: true, value: undefined })
})

describe('after a call', () => {
  it('asks whether it got through, and keeps the receipt number with the call', async () => {
    render(<CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />)
    await act(() => dial({ number: '110', label: '报警电话' }))
    await waitFor(() => expect(screen.getByText('刚才的电话打通了吗？')).toBeTruthy())
    fireEvent.click(document.getElementById('outcome-answered') as HTMLElement)
    await waitFor(() => expect(document.getElementById('outcome-reference')).toBeTruthy())
    type('outcome-reference', 'A123')
    type('outcome-note', '民警说会联系银行')
    fireEvent.click(document.getElementById('outcome-save') as HTMLElement)
    await waitFor(() => expect(document.getElementById('call-outcome')).toBeNull())
    expect(useCallLog.getState().calls).toEqual([
      expect.objectContaining({ number: '110', answered: true, reference: 'A123', note: '民警说会联系银行' }),
    ])
  })

  it('keeps 打通了 when the details are skipped with 关闭, and does not ask again on another page', async () => {
    const { unmount } = render(<CallOutcomeSheet />)
    await act(() => dial({ number: '110', label: '报警电话' }))
    await waitFor(() => expect(document.getElementById('outcome-answered')).toBeTruthy())
    fireEvent.click(document.getElementById('outcome-answered') as HTMLElement)
    await waitFor(() => expect(useCallLog.getState().calls[0].answered).toBe(true))
    // Another page's sheet, mounted while this one is still open: the question is not asked twice.
    unmount()
    render(<CallOutcomeSheet />)
    expect(screen.queryByText('刚才的电话打通了吗？')).toBeNull()
    expect(JSON.parse(localStorage.getItem('bj.calls') ?? '{}').data.state.calls[0].answered).toBe(true)
  })

  it('offers to call again and a reminder in 10 minutes when it did not get through', async () => {
    render(<CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />)
    await act(() => dial({ number: '95588', label: '工商银行' }))
    await waitFor(() => expect(document.getElementById('outcome-not-answered')).toBeTruthy())
    fireEvent.click(document.getElementById('outcome-not-answered') as HTMLElement)
    await waitFor(() => expect(document.getElementById('outcome-remind-retry')).toBeTruthy())
    expect(useCallLog.getState().calls[0].answered).toBe(false)
    fireEvent.click(document.getElementById('outcome-remind-retry') as HTMLElement)
    await waitFor(() => expect(useReminders.getState().reminders).toHaveLength(1))
    expect(useReminders.getState().reminders[0]).toMatchObject({ title: '再打一次：工商银行', contact: { number: '95588' } })
    expect(document.getElementById('outcome-retry')?.textContent).toContain('再打一次')
  })

  it('asks nothing when the call did not even start', async () => {
    jest.mocked(makePhoneCall).mockResolvedValue({ ok: false, reason: 'cancelled', message: 'cancel' })
    render(<CallOutcomeSheet />)
    await act(() => dial({ number: '110', label: '报警电话' }))
    expect(document.getElementById('call-outcome')).toBeNull()
  })
})

describe('A3: the receipt number’s limit is known at input', () => {
  it('shows a counter, refuses a 61-character receipt number with a message, and saves once it is shortened', async () => {
    render(<CallOutcomeSheet />)
    await act(() => dial({ number: '110', label: '报警电话' }))
    await waitFor(() => expect(document.getElementById('outcome-answered')).toBeTruthy())
    fireEvent.click(document.getElementById('outcome-answered') as HTMLElement)
    await waitFor(() => expect(document.getElementById('outcome-reference')).toBeTruthy())
    type('outcome-reference', 'A'.repeat(61))
    expect(screen.getByText('61 / 40')).toBeTruthy()
    fireEvent.click(document.getElementById('outcome-save') as HTMLElement)
    await waitFor(() => expect(screen.getByText('回执号最多 40 个字，现在有 61 个，请删短一些')).toBeTruthy())
    expect(useCallLog.getState().calls[0].reference).toBeUndefined()
    type('outcome-reference', 'A'.repeat(40))
    fireEvent.click(document.getElementById('outcome-save') as HTMLElement)
    await waitFor(() => expect(useCallLog.getState().calls[0].reference).toBe('A'.repeat(40)))
  })
})
