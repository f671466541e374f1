import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { REMINDER_TARGETS } from '@/content/follow-ups'
import { createPersistedStorage, reportStorageProblem, setAside } from '@/platform/persisted-storage'
import { completeReminder, snoozeReminder, type Reminder, type SnoozeOption } from './model'

const VERSION = 1
const KEY = 'bj.reminders'

interface RemindersState {
  reminders: Reminder[]
  /** Reminder id → when it was added to the phone's calendar. */
  calendarAddedAt: Record<string, number>
  upsert: (reminder: Reminder) => void
  complete: (id: string, now: number) => void
  snooze: (id: string, option: SnoozeOption, now: number) => void
  remove: (id: string) => void
  markCalendar: (id: string, now: number) => void
}

const isReminder = (value: unknown): value is Reminder => {
  const reminder = value as Partial<Reminder>
  return (
    !!reminder &&
    typeof reminder.id === 'string' &&
    REMINDER_TARGETS.some((entry) => entry.target === reminder.target) &&
    typeof reminder.title === 'string' &&
    Number.isFinite(reminder.dueAt) &&
    ['none', 'daily', 'weekly', 'monthly'].includes(reminder.repeat as string)
  )
}

const mapOne = (reminders: Reminder[], id: string, change: (reminder: Reminder) => Reminder) =>
  reminders.map((reminder) => (reminder.id === id ? change(reminder) : reminder))

export const useReminders = create<RemindersState>()(
  persist(
    (set) => ({
      reminders: [],
      calendarAddedAt: {},
      upsert: (reminder) => set((state) => ({ reminders: [...state.reminders.filter((item) => item.id !== reminder.id), reminder] })),
      complete: (id, now) => set((state) => ({ reminders: mapOne(state.reminders, id, (reminder) => completeReminder(reminder, now)) })),
      snooze: (id, option, now) => set((state) => ({ reminders: mapOne(state.reminders, id, (reminder) => snoozeReminder(reminder, option, now)) })),
      remove: (id) => set((state) => ({ reminders: state.reminders.filter((reminder) => reminder.id !== id) })),
      markCalendar: (id, now) => set((state) => ({ calendarAddedAt: { ...state.calendarAddedAt, [id]: now } })),
    }),
    {
      name: KEY,
      version: VERSION,
      storage: createPersistedStorage<Pick<RemindersState, 'reminders' | 'calendarAddedAt'>>(VERSION),
      partialize: (state) => ({ reminders: state.reminders, calendarAddedAt: state.calendarAddedAt }),
      // One damaged reminder must not cost the others: keep the good ones, set the rest aside.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as { reminders?: unknown; calendarAddedAt?: Record<string, number> }
        const list = Array.isArray(stored.reminders) ? stored.reminders : []
        const good = list.filter(isReminder)
        const bad = list.filter((item) => !isReminder(item))
        if (bad.length > 0) {
          void setAside(`${KEY}.invalid`, bad).then((setAsideKey) =>
            reportStorageProblem({ key: KEY, kind: 'corrupt', setAsideKey, at: Date.now() }),
          )
        }
        return { ...current, reminders: good, calendarAddedAt: stored.calendarAddedAt ?? {} }
      },
    },
  ),
)
