import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { RemindersScreen } from '@/features/reminders/components/reminders-screen'
import { SuggestedFollowUps } from '@/features/reminders/components/suggested-follow-ups'
import { ReminderEditScreen } from '@/features/reminders/components/reminder-edit-screen'
import { useReminders } from '@/features/reminders/store'
import type { Reminder } from '@/features/reminders/model'
import { chooseAction, confirm } from '@/platform/feedback'
import { goBack, openPage } from '@/platform/navigation'
import { ROUTES } from '@/lib/routes'

jest.mock('@/platform/feedback')
jest.mock('@/platform/navigation')

const HOUR = 3_600_000
const NOW = new Date('2026-11-22T14:00:00+08:00').getTime()

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: 'r1',
    target: 'bank',
    title: '给银行回电',
    dueAt: NOW + 2 * HOUR,
    repeat: 'none',
    anchorDay: 22,
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  }
}

beforeEach(() => {
  jest.useFakeTimers({ now: NOW })
  useReminders.setState({ reminders: [], calendarAddedAt: {} })
  jest.mocked(goBack).mockResolvedValue({ ok: true, value: undefined })
  jest.mocked(openPage).mockResolvedValue({ ok: true, value: undefined })
})
afterEach(() => {
  jest.useRealTimers()
})

const screenWith = () => render(<RemindersScreen onCreate={jest.fn()} onEdit={jest.fn()} />)

describe('reminders', () => {
  it('creates a reminder, naming it from the target when the title is left blank', async () => {
    render(<ReminderEditScreen />)
    fireEvent.click(screen.getByText('派出所/公安'))
    fireEvent.click(screen.getByText('保存提醒'))
    await waitFor(() => expect(goBack).toHaveBeenCalled())
    expect(useReminders.getState().reminders).toEqual([expect.objectContaining({ target: 'police', title: '问派出所案件进展' })])
  })

  it('refuses to save without a target', async () => {
    render(<ReminderEditScreen />)
    fireEvent.click(screen.getByText('保存提醒'))
    await waitFor(() => expect(screen.getByText('请选择要跟进的对象')).toBeTruthy())
    expect(useReminders.getState().reminders).toEqual([])
  })

  it('counts down, and turns overdue when time moves on', () => {
    useReminders.setState({ reminders: [reminder()] })
    screenWith()
    expect(screen.getByText('还有 2 小时')).toBeTruthy()
    act(() => {
      jest.advanceTimersByTime(3 * HOUR)
    })
    expect(screen.getByText('已逾期 1 小时')).toBeTruthy()
    expect(document.getElementById('reminder-r1')?.className).toContain('bj-reminder--overdue')
  })

  it('completes a reminder into the folded 已完成 section', async () => {
    useReminders.setState({ reminders: [reminder()] })
    screenWith()
    fireEvent.click(screen.getByText('完成'))
    await waitFor(() => expect(screen.queryByText('还有 2 小时')).toBeNull())
    expect(screen.getByText('已完成（1）展开')).toBeTruthy()
    fireEvent.click(screen.getByText('已完成（1）展开'))
    expect(screen.getByText('给银行回电')).toBeTruthy()
  })

  it('snoozes a reminder by an hour', async () => {
    jest.mocked(chooseAction).mockResolvedValue(0)
    useReminders.setState({ reminders: [reminder({ dueAt: NOW - HOUR })] })
    screenWith()
    fireEvent.click(screen.getByText('推迟、加到日历、编辑、删除'))
    fireEvent.click(screen.getByText('推迟'))
    await waitFor(() => expect(useReminders.getState().reminders[0].dueAt).toBe(NOW + HOUR))
    expect(screen.getByText('还有 1 小时')).toBeTruthy()
  })

  it('links the tab to the suggested follow-ups, which live in a subpackage', () => {
    screenWith()
    expect(screen.getByText('还没有待办的提醒。可以从下面的“建议的跟进”里一键添加。')).toBeTruthy()
    fireEvent.click(document.getElementById('open-follow-ups') as HTMLElement)
    expect(openPage).toHaveBeenCalledWith(ROUTES.followUps, undefined)
  })

  it('adds a suggestion in one tap, and shows it as added', async () => {
    render(<SuggestedFollowUps situations={['scammed']} />)
    fireEvent.click(document.getElementById('add-preset-police-case-decision') as HTMLElement)
    // The station's own number is not in the verified directory, so the suggestion offers none (never 110).
    await waitFor(() => expect(useReminders.getState().reminders).toHaveLength(1))
    expect(useReminders.getState().reminders).toEqual([expect.objectContaining({ presetId: 'police-case-decision', contact: undefined })])
    expect(document.getElementById('preset-police-case-decision')?.textContent).toMatch(/已添加：\d+月\d+日 \d\d:\d\d/)
  })

  it('asks before deleting', async () => {
    jest.mocked(confirm).mockResolvedValue(true)
    useReminders.setState({ reminders: [reminder()] })
    screenWith()
    fireEvent.click(screen.getByText('推迟、加到日历、编辑、删除'))
    fireEvent.click(screen.getByText('删除'))
    await waitFor(() => expect(useReminders.getState().reminders).toEqual([]))
  })

  it('E1: deleting a reminder from 更多 removes its draft too, with the number in it', async () => {
    jest.mocked(confirm).mockResolvedValue(true)
    localStorage.setItem('bj.draft.reminder.r1', JSON.stringify({ data: { title: '给银行回电', contactNumber: '13800138000' } }))
    useReminders.setState({ reminders: [reminder()] })
    screenWith()
    fireEvent.click(screen.getByText('推迟、加到日历、编辑、删除'))
    fireEvent.click(screen.getByText('删除'))
    await waitFor(() => expect(useReminders.getState().reminders).toEqual([]))
    await waitFor(() => expect(localStorage.getItem('bj.draft.reminder.r1')).toBeNull())
  })
})
