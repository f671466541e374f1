// Issue 23, the attacks that show in the browser's components: drafts written late or left behind.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { EvidenceEditScreen } from '@/features/evidence/components/evidence-edit-screen'
import { resetEvidence, useEvidence } from '@/features/evidence/store'
import { saveNote } from '@/features/evidence/note-writes'
import { SuggestedFollowUps } from '@/features/reminders/components/suggested-follow-ups'
import { RetryCallButton } from '@/features/reminders/components/retry-call-button'
import { useReminders } from '@/features/reminders/store'
import * as storage from '@/platform/storage'
import { StorageProblemBanner } from '@/ui/storage-problem-banner'
import { dismissStorageProblems, reportStorageProblem } from '@/persistence/persisted-storage'
import { openPage } from '@/platform/navigation'
import { confirm, showToast, tell } from '@/platform/feedback'
import { DataSettings } from '@/features/settings/components/data-settings'
import { goBack } from '@/platform/navigation'

jest.mock('@/platform/feedback')
jest.mock('@/platform/navigation')

function type(id: string, value: string) {
  const field = document.getElementById(id) as HTMLElement
  fireEvent(field, new CustomEvent('input', { detail: { value }, bubbles: true }))
}

const drafts = () => Object.keys(localStorage).filter((key) => key.startsWith('bj.draft.'))
const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data

beforeEach(() => {
  localStorage.clear()
  resetEvidence()
  jest.mocked(goBack).mockResolvedValue({ ok: true, value: undefined })
})

describe('A1: what was typed just before leaving is kept', () => {
  it('writes the draft at once when the editor closes within the 300 ms pause (back)', async () => {
    const { unmount } = render(<EvidenceEditScreen quick />)
    type('evidence-account', '6222 0000 1234 5678')
    unmount()
    await waitFor(() => expect(stored('bj.draft.evidence.quick')).toMatchObject({ partyAccount: '6222 0000 1234 5678' }))
  })

  it('writes the draft at once when the page is hidden within the pause (a reload)', async () => {
    render(<EvidenceEditScreen />)
    type('evidence-text', '刚打的字')
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    // Synchronously: the page may be gone a moment later.
    expect(stored('bj.draft.evidence.new')).toMatchObject({ text: '刚打的字' })
  })
})

describe('A2, E1: a deleted note leaves no draft behind', () => {
  it('removes the draft written 800 ms before 删除这条证据, and one still waiting to be written', async () => {
    await saveNote({
      id: 'n1',
      type: 'transfer',
      occurredAt: 1_700_000_000_000,
      text: '原文',
      party: {},
      photos: [],
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    })
    jest.mocked(confirm).mockResolvedValue(true)
    render(<EvidenceEditScreen id='n1' />)
    await waitFor(() => expect(screen.getByText('删除这条证据')).toBeTruthy())
    type('evidence-account', '6222000012345678')
    await waitFor(() => expect(drafts()).toEqual(['bj.draft.evidence.n1']))
    type('evidence-party-phone', '13800138000')
    fireEvent.click(screen.getByText('删除这条证据'))
    await waitFor(() => expect(goBack).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(drafts()).toEqual([])
    expect(useEvidence.getState().entries).toEqual([])
  })
})

describe('W8: a restored draft saves as the same note', () => {
  it('keeps the new note’s id in its draft, so saving it twice leaves one note', async () => {
    const first = render(<EvidenceEditScreen />)
    type('evidence-text', '对方说航班取消')
    first.unmount()
    const id = stored('bj.draft.evidence.new').id as string
    expect(id).toEqual(expect.any(String))
    // The app ended after the note was written but before the draft was forgotten.
    render(<EvidenceEditScreen />)
    await waitFor(() => expect(screen.getByText('已恢复你上次没保存的内容。')).toBeTruthy())
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(goBack).toHaveBeenCalled())
    expect(useEvidence.getState().entries.map(([entry]) => entry)).toEqual([id])
  })
})

describe('W6b, W6c: a tap that writes is single-flight by default', () => {
  /** Writes of the reminders take a second, as on a busy phone. */
  function slowReminderWrites() {
    const write = storage.writeKey
    return jest.spyOn(storage, 'writeKey').mockImplementation(async (key, value) => {
      if (key === 'bj.reminders') await new Promise((resolve) => setTimeout(resolve, 1000))
      return write(key, value)
    })
  }
  const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))

  beforeEach(() => useReminders.setState({ reminders: [], calendarAddedAt: {} }))

  it('W6b: a double tap, and a third tap while the write is still going, on 添加这个提醒 add one reminder', async () => {
    const slow = slowReminderWrites()
    render(<SuggestedFollowUps situations={['scammed']} />)
    const [add] = screen.getAllByText('添加这个提醒')
    fireEvent.click(add)
    fireEvent.click(add)
    await pause(700)
    fireEvent.click(add)
    await waitFor(() => expect(useReminders.getState().reminders).toHaveLength(1), { timeout: 3000 })
    await pause(1200)
    expect(useReminders.getState().reminders).toHaveLength(1)
    slow.mockRestore()
  })

  it('W6c: a double tap on 10 分钟后提醒我再打 adds one reminder', async () => {
    const slow = slowReminderWrites()
    render(<RetryCallButton call={{ number: '110', label: '报警电话' }} />)
    const add = screen.getByText('10 分钟后提醒我再打')
    fireEvent.click(add)
    await pause(700)
    fireEvent.click(add)
    await waitFor(() => expect(screen.getByText('✓ 10 分钟后会提醒你再打')).toBeTruthy(), { timeout: 3000 })
    await pause(1200)
    expect(useReminders.getState().reminders).toHaveLength(1)
    slow.mockRestore()
  })
})

describe('B5: storage full while an older record is upgraded', () => {
  it('says storage is full and offers to free space, never 「请重新打开小程序」 or 「读不出来」', async () => {
    jest.mocked(openPage).mockResolvedValue({ ok: true, value: undefined })
    render(<StorageProblemBanner />)
    act(() => reportStorageProblem({ key: 'bj.reminders', kind: 'backup-failed', reason: 'quota', at: 1 }))
    const banner = document.querySelector('.bj-storage-problem')?.textContent ?? ''
    expect(banner).toContain('存储空间满了')
    expect(banner).toContain('只能查看')
    expect(banner).not.toContain('读不出来')
    expect(banner).not.toContain('重新打开小程序再试')
    fireEvent.click(screen.getByText('去清理存储空间'))
    await waitFor(() => expect(openPage).toHaveBeenCalledWith('/info/pages/settings/index', undefined))
    act(() => dismissStorageProblems())
  })
})

describe('W9: 删除全部数据 with a removal that fails', () => {
  it('says what could not be removed instead of 「已删除」', async () => {
    localStorage.setItem('bj.evidence.note.n1', JSON.stringify({ data: { version: 2, state: { id: 'n1' } } }))
    const remove = Storage.prototype.removeItem
    const failing = jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(function (this: Storage, key: string) {
      if (key === 'bj.evidence.note.n1') throw new Error('removeItem refused')
      remove.call(this, key)
    })
    jest.mocked(confirm).mockResolvedValue(true)
    render(<DataSettings exportAll={() => Promise.resolve('{}')} />)
    fireEvent.click(screen.getByText('删除全部数据'))
    await waitFor(() => expect(tell).toHaveBeenCalledWith('有 1 项没能删除', expect.stringContaining('下次打开小程序时会再删一次')))
    expect(showToast).not.toHaveBeenCalledWith('已删除', 'success')
    failing.mockRestore()
  })
})
