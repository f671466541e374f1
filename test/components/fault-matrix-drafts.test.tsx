// The fault matrix's draft columns (issue 23): draft timing, and prefill against a stored draft,
// for every form that keeps a draft. The rest of the matrix is test/unit/storage/fault-matrix.test.ts.
import { act, render, renderHook, screen, waitFor } from '@testing-library/react'
import { useStoredDraft } from '@/services/use-stored-draft'
import { EvidenceEditor } from '@/features/evidence/components/evidence-editor'
import { emptyDraft } from '@/features/evidence/model'

jest.mock('@/platform/feedback')

/** Every draft the app keeps, by name, with a field to type into. */
const DRAFTS: [name: string, initial: Record<string, unknown>, patch: Record<string, unknown>][] = [
  ['evidence.new', { text: '', partyAccount: '' }, { partyAccount: '6222000012345678' }],
  ['evidence.quick', { amount: '', partyAccount: '' }, { amount: '50000' }],
  ['evidence.n1', { id: 'n1', text: '原文' }, { text: '改过的' }],
  ['reminder.new', { title: '', contactNumber: '' }, { contactNumber: '13800138000' }],
  ['letter-details', { ownerName: '', idNumber: '' }, { idNumber: '11010519491231002X' }],
  ['plan-answers', { situation: '' }, { situation: 'airline-scam' }],
]
const stored = (name: string) => JSON.parse(localStorage.getItem(`bj.draft.${name}`) ?? 'null')?.data

beforeEach(() => localStorage.clear())

describe.each(DRAFTS)('draft timing: %s', (name, initial, patch) => {
  it('is written at once when the form closes within the typing pause (back)', async () => {
    const { result, unmount } = renderHook(() => useStoredDraft(name, initial))
    act(() => result.current.update(patch))
    unmount()
    await waitFor(() => expect(stored(name)).toMatchObject(patch))
  })

  it('is written at once, synchronously, when the page is hidden (reload)', () => {
    const { result } = renderHook(() => useStoredDraft(name, initial))
    act(() => result.current.update(patch))
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    expect(stored(name)).toMatchObject(patch)
  })

  it('is not written again once cleared (saved or deleted), even if the form closes at once', async () => {
    const { result, unmount } = renderHook(() => useStoredDraft(name, initial))
    act(() => result.current.update(patch))
    await act(() => result.current.clear())
    unmount()
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(localStorage.getItem(`bj.draft.${name}`)).toBeNull()
  })
})

describe('prefill against a stored draft', () => {
  it('a pre-filled form under its own draft name shows the prefill, never an older draft of another form', async () => {
    localStorage.setItem('bj.draft.evidence.new', JSON.stringify({ data: { text: '很久以前没保存的草稿' } }))
    const prefill = { ...emptyDraft(1_700_000_000_000, 'sms'), text: '【某银行】您的账户异常，请点击链接' }
    render(<EvidenceEditor initial={prefill} draftName='prefill.1700000000000' onSaved={jest.fn()} onFreeSpace={jest.fn()} />)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(document.getElementById('evidence-text')?.getAttribute('value')).toBe(prefill.text)
    expect(screen.queryByText('已恢复你上次没保存的内容。')).toBeNull()
  })

  it('a pre-filled form’s own draft, typed into and left, comes back over the prefill', async () => {
    const prefill = { title: '问银行止付进展', contactNumber: '' }
    const first = renderHook(() => useStoredDraft('reminder.prefill', prefill))
    act(() => first.result.current.update({ contactNumber: '95588' }))
    first.unmount()
    const second = renderHook(() => useStoredDraft('reminder.prefill', prefill))
    await waitFor(() => expect(second.result.current.value).toEqual({ title: '问银行止付进展', contactNumber: '95588' }))
    expect(second.result.current.restored).toBe(true)
  })
})
