// The consent sheet follows the privacy store: it shows while WeChat waits on a request, and
// leaves once the person answers.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { PrivacySheet } from '@/ui/privacy-sheet'
import { privacyRequests } from '@/platform/privacy'

describe('PrivacySheet', () => {
  it('shows while a request is pending and closes when it is refused', () => {
    render(<PrivacySheet />)
    expect(screen.queryByRole('dialog')).toBeNull()
    const settle = jest.fn(() => privacyRequests.setState({ pending: null }))
    act(() => privacyRequests.setState({ pending: { agreeButtonId: 'privacy-agree', settle } }))
    expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeTruthy()
    act(() => {
      fireEvent.click(screen.getByText('不同意'))
    })
    expect(settle).toHaveBeenCalledWith('disagree')
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
