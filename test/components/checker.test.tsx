import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CheckerScreen } from '@/features/checker'
import { EvidenceEditScreen, draftFromParams } from '@/features/evidence'
import { readClipboard } from '@/platform/clipboard'
import { openPage } from '@/platform/navigation'

jest.mock('@/platform/clipboard')
jest.mock('@/platform/navigation')
jest.mock('@/platform/feedback')

const SMS = '【东方航空】尊敬的旅客，您的MU5101航班因故取消，请联系客服 400-123-4567 办理理赔，需先交保证金。'

beforeEach(() => {
  localStorage.clear()
  jest.mocked(openPage).mockResolvedValue({ ok: true, value: undefined })
})

describe('这是不是诈骗？', () => {
  it('pastes, checks, quotes every reason, and offers the airline’s verified number', async () => {
    jest.mocked(readClipboard).mockResolvedValue({ ok: true, value: SMS })
    render(<CheckerScreen />)
    fireEvent.click(screen.getByText('粘贴'))
    await waitFor(() => expect(screen.getByDisplayValue(SMS)).toBeTruthy())
    fireEvent.click(screen.getByText('检查'))
    expect(screen.getByText('很可能是诈骗')).toBeTruthy()
    expect(screen.getByText('“保证金”')).toBeTruthy()
    expect(screen.getByText('“400-123-4567”')).toBeTruthy()
    expect(document.getElementById('checker-verdict')?.textContent).toContain('95530')
    expect(screen.getByText('像是“机票退改签”一类的骗局。')).toBeTruthy()
    expect(document.getElementById('checker-numbers')?.textContent).toContain('400-123-4567：手机号或 400 号码，不是官方客服电话。')
  })

  it('asks for something to check instead of giving a verdict on nothing', () => {
    render(<CheckerScreen />)
    fireEvent.click(screen.getByText('检查'))
    expect(document.getElementById('checker-empty')).toBeTruthy()
    expect(document.getElementById('checker-verdict')).toBeNull()
  })

  it('checks what a caller said from tapped phrases, and never calls a clear result safe', () => {
    render(<CheckerScreen />)
    fireEvent.click(document.getElementById('phrase-safe-account') as HTMLElement)
    fireEvent.click(screen.getByText('检查'))
    expect(screen.getByText('很可能是诈骗')).toBeTruthy()
    fireEvent.click(document.getElementById('phrase-safe-account') as HTMLElement)
    fireEvent(document.getElementById('checker-text') as HTMLElement, new CustomEvent('input', { detail: { value: '晚上回家吃饭' }, bubbles: true }))
    fireEvent.click(screen.getByText('检查'))
    expect(screen.getByText('没发现明显的诈骗信号')).toBeTruthy()
    expect(screen.getByText(/仍请用官方电话核实/)).toBeTruthy()
  })

  it('says how to paste by hand when the clipboard is refused', async () => {
    jest.mocked(readClipboard).mockResolvedValue({ ok: false, reason: 'denied', message: 'auth deny' })
    render(<CheckerScreen />)
    fireEvent.click(screen.getByText('粘贴'))
    await waitFor(() => expect(document.getElementById('checker-paste-note')?.textContent).toContain('长按'))
  })

  it('「记为证据」 opens the editor filled with the message, as an SMS, at the time of the check', async () => {
    jest.mocked(readClipboard).mockResolvedValue({ ok: true, value: SMS })
    render(<CheckerScreen />)
    fireEvent.click(screen.getByText('粘贴'))
    await waitFor(() => expect(screen.getByDisplayValue(SMS)).toBeTruthy())
    fireEvent.click(screen.getByText('检查'))
    fireEvent.click(screen.getByText('记为证据'))
    await waitFor(() => expect(openPage).toHaveBeenCalled())
    const [url, params] = jest.mocked(openPage).mock.calls[0]
    expect(url).toBe('/case/pages/evidence-edit/index')
    const prefill = draftFromParams(params ?? {}, Date.now())
    expect(prefill).toMatchObject({ type: 'sms', text: SMS })
    render(<EvidenceEditScreen prefill={prefill} />)
    expect(screen.getByDisplayValue(SMS)).toBeTruthy()
  })
})
