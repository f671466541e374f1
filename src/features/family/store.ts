import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { commit, createPersistedStorage, followOtherWriters } from '@/persistence/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import type { FamilyContact } from './model'
import { FAMILY_RECORD, type FamilyRecord } from './record'

export const useFamily = create<FamilyRecord>()(
  persist((): FamilyRecord => ({ contact: undefined, offerDeclinedAt: undefined }), {
    name: FAMILY_RECORD.key,
    version: FAMILY_RECORD.version,
    storage: createPersistedStorage(FAMILY_RECORD),
    // Older stored values are migrated by the storage adapter (FAMILY_RECORD.migrate), so zustand always gets today's version.
  }),
)

onAllDataCleared(() => useFamily.setState({ contact: undefined, offerDeclinedAt: undefined }))
onStoredDataReplaced(() => useFamily.persist.rehydrate())
followOtherWriters(useFamily, FAMILY_RECORD.key)

const change = (update: (state: FamilyRecord) => Partial<FamilyRecord>): Promise<PlatformResult> =>
  commit(useFamily, FAMILY_RECORD.key, update)

/** Each change waits until it is saved; one that could not be saved is rolled back in memory. */
export const familyActions = {
  save: (contact: FamilyContact) => change(() => ({ contact })),
  remove: () => change(() => ({ contact: undefined })),
  declineOffer: (now: number) => change(() => ({ offerDeclinedAt: now })),
}

/** The saved family contact, or undefined when none is set. */
export function useFamilyContact(): FamilyContact | undefined {
  return useFamily((state) => state.contact)
}
