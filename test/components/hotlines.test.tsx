import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { HotlineDirectory } from '@/features/hotlines/components/hotline-directory'
import { makePhoneCall } from '@/platform/phone'

jest.mock('@/platform/phone')

beforeEach(() => {
  jest.mocked(makePhoneCall).mockResolvedValue({ ok: true, value: undefined })
})

describe('hotline directory', () => {
  it('shows groups, statuses, the verification month and the recovery-scam warning', () => {
    render(<HotlineDirectory />)
    expect(screen.getByText('银行（挂失与止付）')).toBeTruthy()
    expect(screen.getAllByText('官方核实').length).toBeGreaterThan(5)
    expect(screen.getAllByText('以官方渠道为准').length).toBeGreaterThan(5)
    expect(screen.getAllByText('核实于 2026-11').length).toBeGreaterThan(30)
    expect(screen.getByText('当心“帮你追回损失”的二次诈骗')).toBeTruthy()
  })

  it('never shows a number for Shenzhen Airlines', () => {
    render(<HotlineDirectory />)
    const row = document.getElementById('hotline-shenzhen-airlines')
    expect(row?.textContent).toContain('号码未核实')
    expect(row?.textContent).not.toMatch(/\d{5}/)
  })

  it('dials an entry with one tap', async () => {
    render(<HotlineDirectory />)
    fireEvent.click(screen.getByLabelText('拨打东方航空 95530'))
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith('95530'))
  })
})
