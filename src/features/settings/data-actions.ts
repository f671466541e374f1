import { announceAllDataCleared, announceStoredDataReplaced } from '@/lib/data-events'
import { ASIDE_PREFIX, BACKUP_PREFIX } from '@/lib/stored-record'
import { listKeys, removeKeys } from '@/platform/storage'
import { forgetLoadedKeys, registeredRecords } from '@/persistence/persisted-storage'
import { removeAllPhotos } from '@/platform/files'
import { restoreKeptCopy, type KeptCopy, type Restored } from './kept-copies'
import type { PlatformResult } from '@/platform/result'

/** Every key the app writes starts with this, so 「删除全部数据」 can find them all. */
const APP_KEY_PREFIX = 'bj.'

/** How many set-aside copies and backups 「删除全部数据」 would remove too, so the dialog can say so. */
export function keptCopyCount(): number {
  return listKeys(ASIDE_PREFIX).length + listKeys(BACKUP_PREFIX).length
}

/** Puts back what can be read from a set-aside copy, then has every store read storage again. */
export async function restoreCopy(copy: KeptCopy, replaceClashing = false): Promise<PlatformResult<Restored>> {
  const restored = await restoreKeptCopy(copy, registeredRecords(), replaceClashing)
  if (restored.ok) await announceStoredDataReplaced()
  return restored
}

/**
 * Removes every key and photo the app wrote, and empties every store in memory. Resolves to how
 * many keys could not be removed: those are tried again at the next start, and the screen says so.
 */
export async function deleteAllData(): Promise<number> {
  removeAllPhotos()
  await announceAllDataCleared()
  // Last, so the stores' own write-back of their empty state is removed too.
  const left = await removeKeys(listKeys(APP_KEY_PREFIX))
  forgetLoadedKeys()
  await announceStoredDataReplaced()
  return left.length
}
