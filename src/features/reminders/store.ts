import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { commit, createPersistedStorage, followOtherWriters } from '@/persistence/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { removeKey } from '@/platform/storage'
import { draftKey } from '@/lib/draft-key'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import { completeReminder, snoozeReminder, type Reminder, type SnoozeKind } from './model'
import { REMINDERS_RECORD } from './record'

interface RemindersState {
  reminders: Reminder[]
  /** Reminder id → when it was added to the phone's calendar. */
  calendarAddedAt: Record<string, number>
}

export const useReminders = create<RemindersState>()(
  persist(() => ({ reminders: [] as Reminder[], calendarAddedAt: {} as Record<string, number> }), {
    name: REMINDERS_RECORD.key,
    version: REMINDERS_RECORD.version,
    storage: createPersistedStorage(REMINDERS_RECORD),
    // Older stored values are migrated by the storage adapter (REMINDERS_RECORD.migrate), so zustand always gets today's version.
    partialize: (state) => ({ reminders: state.reminders, calendarAddedAt: state.calendarAddedAt }),
  }),
)

onAllDataCleared(() => useReminders.setState({ reminders: [], calendarAddedAt: {} }))
onStoredDataReplaced(() => useReminders.persist.rehydrate())
followOtherWriters(useReminders, REMINDERS_RECORD.key)

const change = (update: (state: RemindersState) => Partial<RemindersState>): Promise<PlatformResult> =>
  commit(useReminders, REMINDERS_RECORD.key, update)

const mapOne = (reminders: Reminder[], id: string, update: (reminder: Reminder) => Reminder) =>
  reminders.map((reminder) => (reminder.id === id ? update(reminder) : reminder))

/**
 * Every change waits until it is saved on the phone and says whether it was; a change that could
 * not be saved is rolled back, so the list never shows what is not stored.
 */
export const reminderActions = {
  upsert: (reminder: Reminder) =>
    change((state) => ({ reminders: [...state.reminders.filter((item) => item.id !== reminder.id), reminder] })),
  complete: (id: string, now: number) =>
    change((state) => ({ reminders: mapOne(state.reminders, id, (reminder) => completeReminder(reminder, now)) })),
  snooze: (id: string, kind: SnoozeKind, now: number) =>
    change((state) => ({ reminders: mapOne(state.reminders, id, (reminder) => snoozeReminder(reminder, kind, now)) })),
  remove: async (id: string): Promise<PlatformResult> => {
    const removed = await change((state) => ({ reminders: state.reminders.filter((reminder) => reminder.id !== id) }))
    // A draft of a deleted reminder would keep its number on the phone, unseen.
    if (removed.ok) await removeKey(draftKey(`reminder.${id}`))
    return removed
  },
  markCalendar: (id: string, now: number) => change((state) => ({ calendarAddedAt: { ...state.calendarAddedAt, [id]: now } })),
}
