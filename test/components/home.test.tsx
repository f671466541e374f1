import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import HomePage from '@/pages/index/index'
import { makePhoneCall } from '@/platform/phone'
import { openPage } from '@/platform/navigation'
import { useEmergency } from '@/features/emergency/store'
import { loadEvidence } from '@/features/evidence'

jest.mock('@/platform/phone')
jest.mock('@/platform/navigation')

beforeEach(async () => {
  // Home reads the case's progress, notes included: loaded before render, so no update lands after a test.
  await loadEvidence()
  jest.mocked(makePhoneCall).mockResolvedValue({ ok: true, value: undefined })
  jest.mocked(openPage).mockResolvedValue({ ok: true, value: undefined })
  useEmergency.setState({ sessions: {} })
})

describe('home', () => {
  it('shows 110 and 96110 and the two ways in', () => {
    render(<HomePage />)
    expect(screen.getByText('110')).toBeTruthy()
    expect(screen.getByText('96110')).toBeTruthy()
    expect(screen.getByText('我被骗了')).toBeTruthy()
    expect(screen.getByText('我的信息泄露了')).toBeTruthy()
  })

  it('labels the buttons 110 报警 and 96110 咨询', () => {
    render(<HomePage />)
    expect(document.getElementById('call-110')?.textContent).toBe('110报警')
    expect(document.getElementById('call-96110')?.textContent).toBe('96110咨询')
    expect(document.getElementById('call-96110')?.getAttribute('aria-label')).toBe('拨打 96110 咨询')
  })

  it.each(['96110', '110'])('dials %s with one tap', async (number) => {
    render(<HomePage />)
    fireEvent.click(screen.getByLabelText(new RegExp(`^拨打 ${number} `)))
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith(number))
    expect(makePhoneCall).toHaveBeenCalledTimes(1)
  })

  it('opens the scam steps from 「我被骗了」', async () => {
    render(<HomePage />)
    fireEvent.click(screen.getByText('我被骗了'))
    await waitFor(() => expect(openPage).toHaveBeenCalledWith('/case/pages/emergency/index', { variant: 'scammed' }))
  })

  it('offers to resume an emergency already under way', () => {
    useEmergency.setState({
      sessions: { scammed: { variant: 'scammed', startedAt: Date.now() - 60_000, done: { 'stop-paying': Date.now() } } },
    })
    render(<HomePage />)
    expect(screen.getByText('我被骗了 · 已完成 1/5 步')).toBeTruthy()
    expect(screen.getByText(/下一步：拨打 110 报警，请求紧急止付/)).toBeTruthy()
  })
})
