import { fireEvent, render } from '@testing-library/react'
import { TextArea } from '@/ui/text-area'
import { confirm } from '@/platform/feedback'
import { makePhoneCall } from '@/platform/phone'

jest.mock('@/platform/feedback')
jest.mock('@/platform/phone')

function blurWith(id: string, value: string) {
  fireEvent(document.getElementById(id) as HTMLElement, new CustomEvent('blur', { detail: { value }, bubbles: true }))
}

describe('words of self-harm in a note', () => {
  // First: the prompt shows once per time the app is open, so this must run before it has shown.
  it('leaves a pasted scam message alone', async () => {
    render(<TextArea id='pasted' value='' label='短信' watchForDistress={false} onChange={() => undefined} />)
    blurWith('pasted', '不想活了就转账')
    await Promise.resolve()
    expect(confirm).not.toHaveBeenCalled()
  })

  it('offers 12356 once, calmly, and dials it only if asked', async () => {
    jest.mocked(confirm).mockResolvedValue(true)
    jest.mocked(makePhoneCall).mockResolvedValue({ ok: true, value: undefined })
    render(<TextArea id='note' value='' label='说明' onChange={() => undefined} />)
    blurWith('note', '钱都没了，我不想活了')
    await Promise.resolve()
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({ title: '你不是一个人', confirmText: '拨打', content: expect.stringContaining('120 或 110') }),
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(makePhoneCall).toHaveBeenCalledWith('12356')
    // Once: the same words again bring nothing up.
    blurWith('note', '还是不想活')
    await Promise.resolve()
    expect(confirm).toHaveBeenCalledTimes(1)
  })
})
