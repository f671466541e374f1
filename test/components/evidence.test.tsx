import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { EvidenceEditScreen } from '@/features/evidence/components/evidence-edit-screen'
import { CaseTimeline } from '@/features/case'
import { resetEvidence, useEvidence } from '@/features/evidence/store'
import * as storage from '@/platform/storage'
import { confirm } from '@/platform/feedback'
import { goBack } from '@/platform/navigation'

jest.mock('@/platform/feedback')
jest.mock('@/platform/navigation')

/** Types into a Taro input or textarea the way its onInput handler receives it. */
function type(id: string, value: string) {
  const field = document.getElementById(id) as HTMLElement
  fireEvent(field, new CustomEvent('input', { detail: { value }, bubbles: true }))
}

async function addNote(amount: string, account: string) {
  const { unmount } = render(<EvidenceEditScreen />)
  type('evidence-amount', amount)
  type('evidence-account', account)
  type('evidence-text', '对方说航班取消')
  fireEvent.click(screen.getByText('保存'))
  await waitFor(() => expect(goBack).toHaveBeenCalled())
  unmount()
}

beforeEach(() => {
  localStorage.clear()
  resetEvidence()
  jest.mocked(goBack).mockResolvedValue({ ok: true, value: undefined })
})

describe('evidence', () => {
  it('adds a note that the timeline lists, with the account masked', async () => {
    await addNote('¥1,200', '6222 0000 1234 5678')
    render(<CaseTimeline onAdd={jest.fn()} onOpenNote={jest.fn()} onBuildReport={jest.fn()} />)
    await waitFor(() => expect(screen.getByText('¥1,200.00 · 账号 **** 5678')).toBeTruthy())
    expect(screen.getByText('已记录证据 1 条')).toBeTruthy()
    expect(document.body.textContent).not.toContain('6222000012345678')
  })

  it('offers six filters at once and the rest under 更多', async () => {
    await addNote('¥1,200', '6222 0000 1234 5678')
    render(<CaseTimeline onAdd={jest.fn()} onOpenNote={jest.fn()} onBuildReport={jest.fn()} />)
    await waitFor(() => expect(screen.getByText('已记录证据 1 条')).toBeTruthy())
    const tabs = () => screen.getAllByRole('radio').map((tab) => tab.textContent)
    expect(tabs()).toEqual(['全部', '转账记录', '聊天记录', '通话记录', '拨打记录', '处置步骤'])
    fireEvent.click(screen.getByText('其他类型'))
    expect(tabs()).toEqual(expect.arrayContaining(['短信', '邮件', '订票信息', '截图', '其他', '跟进']))
    expect(screen.queryByText('其他类型')).toBeNull()
    fireEvent.click(screen.getByText('短信'))
    expect(screen.getByText('这一类还没有记录。')).toBeTruthy()
  })

  it('saves once and goes back once on a double tap', async () => {
    render(<EvidenceEditScreen />)
    type('evidence-text', '对方说航班取消')
    const save = document.getElementById('evidence-save') as HTMLElement
    fireEvent.click(save)
    fireEvent.click(save)
    await waitFor(() => expect(goBack).toHaveBeenCalled())
    fireEvent.click(save)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(useEvidence.getState().entries).toHaveLength(1)
    expect(goBack).toHaveBeenCalledTimes(1)
  })

  it('restores what was typed after leaving the editor without saving, and forgets it once saved', async () => {
    const first = render(<EvidenceEditScreen />)
    type('evidence-text', '没保存就退出了')
    await waitFor(() => expect(localStorage.getItem('bj.draft.evidence.new')).toContain('没保存就退出了'))
    first.unmount()
    render(<EvidenceEditScreen />)
    await waitFor(() => expect(screen.getByText('已恢复你上次没保存的内容。')).toBeTruthy())
    expect((document.getElementById('evidence-text') as HTMLTextAreaElement & { value: string }).value).toBe('没保存就退出了')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(goBack).toHaveBeenCalled())
    expect(localStorage.getItem('bj.draft.evidence.new')).toBeNull()
  })

  it('edits a saved note', async () => {
    await addNote('100', '')
    const [[id]] = useEvidence.getState().entries
    jest.mocked(goBack).mockClear()
    render(<EvidenceEditScreen id={id} />)
    await waitFor(() => expect(screen.getByText('删除这条证据')).toBeTruthy())
    type('evidence-amount', '250.5')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(goBack).toHaveBeenCalled())
    expect(useEvidence.getState().notes[id].amountFen).toBe(25050)
    expect(useEvidence.getState().entries).toHaveLength(1)
  })

  it('deletes a note after asking', async () => {
    await addNote('100', '')
    const [[id]] = useEvidence.getState().entries
    jest.mocked(confirm).mockResolvedValue(true)
    render(<EvidenceEditScreen id={id} />)
    await waitFor(() => expect(screen.getByText('删除这条证据')).toBeTruthy())
    fireEvent.click(screen.getByText('删除这条证据'))
    await waitFor(() => expect(useEvidence.getState().entries).toEqual([]))
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ title: '删除这条证据？' }))
    expect(localStorage.getItem(`bj.evidence.note.${id}`)).toBeNull()
  })

  it('keeps the draft on screen with a clear message when the save fails for lack of space', async () => {
    const write = jest.spyOn(storage, 'writeKey').mockResolvedValue({ ok: false, reason: 'quota', message: 'exceed storage max size' })
    render(<EvidenceEditScreen />)
    type('evidence-amount', '3000')
    type('evidence-text', '这段话不能丢')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(screen.getByText(/存储空间满了。你写的内容还在/)).toBeTruthy())
    expect(screen.getByText('去清理存储空间')).toBeTruthy()
    expect((document.getElementById('evidence-text') as HTMLElement & { value?: string }).getAttribute('value') ?? '').toBe('这段话不能丢')
    expect(screen.getByText('6 / 5000')).toBeTruthy()
    expect(goBack).not.toHaveBeenCalled()
    write.mockRestore()
  })

  it('refuses 「1,2O0」 next to the amount field', async () => {
    render(<EvidenceEditScreen />)
    type('evidence-amount', '1,2O0')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(screen.getByText('金额只能填数字，例如 1200 或 1,200.50')).toBeTruthy())
  })
})
