import { announceAllDataCleared, announceStoredDataReplaced } from '@/lib/data-events'
import { ASIDE_PREFIX, BACKUP_PREFIX } from '@/lib/stored-record'
import { listKeys, removeKey } from '@/platform/storage'
import { forgetLoadedKeys, registeredRecords } from '@/platform/persisted-storage'
import { removeAllPhotos } from '@/platform/files'
import { restoreKeptCopy, type KeptCopy } from './kept-copies'
import type { PlatformResult } from '@/platform/result'

/** Every key the app writes starts with this, so 「删除全部数据」 can find them all. */
const APP_KEY_PREFIX = 'bj.'

/** How many set-aside copies and backups 「删除全部数据」 would remove too, so the dialog can say so. */
export function keptCopyCount(): number {
  return listKeys(ASIDE_PREFIX).length + listKeys(BACKUP_PREFIX).length
}

/** Puts back what can be read from a set-aside copy, then has every store read storage again. */
export async function restoreCopy(copy: KeptCopy): Promise<PlatformResult> {
  const restored = await restoreKeptCopy(copy, registeredRecords())
  if (restored.ok) await announceStoredDataReplaced()
  return restored
}

/** Removes every key and photo the app wrote, and empties every store in memory. */
export async function deleteAllData(): Promise<void> {
  removeAllPhotos()
  await announceAllDataCleared()
  // Last, so the stores' own write-back of their empty state is removed too.
  for (const key of listKeys(APP_KEY_PREFIX)) await removeKey(key)
  forgetLoadedKeys()
  await announceStoredDataReplaced()
}
