import { useMemo } from 'react'
import * as v from 'valibot'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RecordSpec } from '@/lib/stored-record'
import { onAllDataCleared, onStoredDataReplaced } from '@/lib/data-events'
import { resolveTextSize, TEXT_SIZE_CHOICES, type TextSize, type TextSizeChoice } from '@/lib/text-size'
import { commit, createPersistedStorage, followOtherWriters } from '@/persistence/persisted-storage'
import type { PlatformResult } from '@/platform/result'
import { systemFontScale } from '@/platform/system'

/*
 * 大字模式 is a display preference every page reads through PageShell, so it lives with the
 * components rather than in a feature. It holds no personal data.
 */

const DisplaySchema = v.object({ textSize: v.picklist(TEXT_SIZE_CHOICES) })

export const DISPLAY_RECORD: RecordSpec<v.InferOutput<typeof DisplaySchema>> = {
  key: 'bj.display',
  version: 1,
  schema: DisplaySchema,
  migrate: {},
}

interface DisplayState {
  textSize: TextSizeChoice
}

const useDisplay = create<DisplayState>()(
  persist((): DisplayState => ({ textSize: 'auto' }), {
    name: DISPLAY_RECORD.key,
    version: DISPLAY_RECORD.version,
    storage: createPersistedStorage(DISPLAY_RECORD),
    // Older stored values are migrated by the storage adapter (DISPLAY_RECORD.migrate), so zustand always gets today's version.
  }),
)

onAllDataCleared(() => useDisplay.setState({ textSize: 'auto' }))
onStoredDataReplaced(() => useDisplay.persist.rehydrate())
followOtherWriters(useDisplay, DISPLAY_RECORD.key)

/** The text and touch sizes for this page: the user's choice applied to WeChat's font size. */
export function useTextSize(): TextSize {
  const choice = useDisplay((state) => state.textSize)
  const systemScale = useMemo(systemFontScale, [])
  return resolveTextSize(choice, systemScale)
}

/** Turns 大字模式 on or off, saved on the phone. */
export function setLargeText(on: boolean): Promise<PlatformResult> {
  return commit(useDisplay, DISPLAY_RECORD.key, (): DisplayState => ({ textSize: on ? 'large' : 'standard' }))
}
