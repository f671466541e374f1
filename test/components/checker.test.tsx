import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CheckerScreen } from '@/features/checker'
import { EvidenceEditScreen, draftFromParams } from '@/features/evidence'
import { takeHandOff } from '@/lib/hand-off'
import { readClipboard } from '@/platform/clipboard'
import { openPage } from '@/platform/navigation'
import { scrollToElement } from '@/platform/scroll'

jest.mock('@/platform/clipboard')
jest.mock('@/platform/navigation')
jest.mock('@/platform/scroll')
jest.mock('@/platform/feedback')

const SMS = '【东方航空】尊敬的旅客，您的MU5101航班因故取消，请联系客服 400-123-4567 办理理赔，需先交保证金。'

beforeEach(() => {
  localStorage.clear()
  jest.mocked(openPage).mockResolvedValue({ ok: true, value: undefined })
  jest.mocked(scrollToElement).mockResolvedValue({ ok: true, value: undefined })
})

/** 「记为证据」 from a checked message: what the editor receives. */
async function saveAsEvidence() {
  fireEvent.click(screen.getByText('记为证据'))
  await waitFor(() => expect(openPage).toHaveBeenCalled())
  const [url, params = {}] = jest.mocked(openPage).mock.calls[0]
  return { url, params, prefill: draftFromParams({ type: params.type, at: params.at, text: takeHandOff(params.handoff) }, Date.now()) }
}

function typeText(text: string) {
  fireEvent(document.getElementById('checker-text') as HTMLElement, new CustomEvent('input', { detail: { value: text }, bubbles: true }))
}

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
    // A 400 number is never called 「不是官方客服电话」: card centres use them too (hotlines.md).
    expect(document.getElementById('checker-numbers')?.textContent).toContain('400-123-4567：无法核实。挂断后自己拨官方公布的号码。')
    expect(document.getElementById('checker-verdict')?.textContent).not.toContain('不是官方客服电话')
  })

  it('brings the verdict into view after 检查', () => {
    render(<CheckerScreen />)
    typeText('请把钱转到安全账户')
    fireEvent.click(screen.getByText('检查'))
    expect(scrollToElement).toHaveBeenCalledWith('#checker-verdict')
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
    fireEvent(
      document.getElementById('checker-text') as HTMLElement,
      new CustomEvent('input', { detail: { value: '晚上回家吃饭' }, bubbles: true }),
    )
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

  it('「记为证据」 opens the editor filled with the message, as an SMS, at the time of the check, with no text in the URL', async () => {
    jest.mocked(readClipboard).mockResolvedValue({ ok: true, value: SMS })
    render(<CheckerScreen />)
    fireEvent.click(screen.getByText('粘贴'))
    await waitFor(() => expect(screen.getByDisplayValue(SMS)).toBeTruthy())
    fireEvent.click(screen.getByText('检查'))
    const { url, params, prefill } = await saveAsEvidence()
    expect(url).toBe('/case/pages/evidence-edit/index')
    expect(Object.keys(params).sort()).toEqual(['at', 'handoff', 'type'])
    expect(JSON.stringify(params)).not.toContain('东方航空')
    expect(prefill).toMatchObject({ cut: false, draft: { type: 'sms', text: SMS } })
    render(<EvidenceEditScreen prefill={prefill?.draft} />)
    expect(screen.getByDisplayValue(SMS)).toBeTruthy()
  })

  it('hands over a 3,000-character message whole, and cuts a longer one on a character boundary, saying so', async () => {
    const long = `${'安全账户'.repeat(749)}好😀好`
    render(<CheckerScreen />)
    typeText(long)
    fireEvent.click(screen.getByText('检查'))
    const whole = await saveAsEvidence()
    expect(whole.prefill?.draft.text).toBe(long)
    expect(whole.prefill?.cut).toBe(false)
    // An emoji across the limit: the cut falls before it, never inside it.
    const over = draftFromParams({ type: 'sms', at: '1', text: `${'好'.repeat(4999)}😀` }, Date.now())
    expect(over?.cut).toBe(true)
    expect(over?.draft.text).toBe('好'.repeat(4999))
    render(<EvidenceEditScreen prefill={over?.draft} prefillCut={over?.cut} />)
    expect(document.getElementById('evidence-prefill-cut')?.textContent).toContain('只放进了前 5000 个字')
  })

  it('an old unsaved draft of a new note does not replace the checker’s message', async () => {
    localStorage.setItem('bj.draft.evidence.new', JSON.stringify({ data: { text: '以前没保存的草稿' } }))
    const editorText = () =>
      (document.querySelector('#evidence-text textarea') as HTMLTextAreaElement | null)?.value ??
      (document.getElementById('evidence-text') as HTMLTextAreaElement | null)?.value
    // The old draft is there and a plain new note restores it: the stored form is right.
    const plain = render(<EvidenceEditScreen />)
    await waitFor(() => expect(editorText()).toBe('以前没保存的草稿'))
    plain.unmount()
    render(<CheckerScreen />)
    typeText('请把钱转到安全账户')
    fireEvent.click(screen.getByText('检查'))
    const { prefill } = await saveAsEvidence()
    render(<EvidenceEditScreen prefill={prefill?.draft} />)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(editorText()).toBe('请把钱转到安全账户')
    // The old draft is left where it was, not lost.
    expect(localStorage.getItem('bj.draft.evidence.new')).toContain('以前没保存的草稿')
  })

  it('opens from a warning card with that scam’s phrases first and none ticked', () => {
    render(<CheckerScreen suggestedPhrases={['safe-account', 'money-laundering']} />)
    const chips = Array.from(document.querySelectorAll('[id^="phrase-"]'))
    expect(
      chips
        .slice(0, 2)
        .map((chip) => chip.id)
        .sort(),
    ).toEqual(['phrase-money-laundering', 'phrase-safe-account'])
    expect(chips.filter((chip) => chip.getAttribute('aria-checked') === 'true' || chip.className.includes('bj-chip--on'))).toEqual([])
    fireEvent.click(screen.getByText('检查'))
    expect(document.getElementById('checker-empty')).toBeTruthy()
  })

  it('never says 「没发现明显的诈骗信号」 beside 「发现 N 处可疑」', () => {
    render(<CheckerScreen />)
    typeText('【京东】您的订单已发货，查看物流：jd-wuliu.cc')
    fireEvent.click(screen.getByText('检查'))
    const verdict = document.getElementById('checker-verdict')?.textContent ?? ''
    expect(verdict.includes('没发现明显的诈骗信号') && /发现 \d+ 处可疑/.test(verdict)).toBe(false)
  })

  it('for a fake boss, says to call the boss on the number already saved, not a bank', () => {
    render(<CheckerScreen />)
    typeText('小王，我是你们李总，我在开会不方便接电话，你先帮我给这个账户转5万，工商银行的，转完告诉我')
    fireEvent.click(screen.getByText('检查'))
    expect(document.getElementById('checker-call-saved')?.textContent).toContain('原来存的号码')
    expect(document.getElementById('checker-verdict')?.textContent).not.toContain('提到了工商银行')
  })
})
