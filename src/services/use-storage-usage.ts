import { useEffect, useState } from 'react'
import type { PlatformResult } from '@/platform/result'
import { storageUsage, type StorageUsage } from '@/platform/storage'

/** Long enough for a screen's own first reads to finish before the meter is measured. */
const MEASURE_AFTER_MS = 1500

/**
 * The storage meter, measured after the screen has shown. In the browser the first measurement
 * probes the real quota, which takes a moment with a full case file, so it never delays a first screen.
 */
export function useStorageUsage(): PlatformResult<StorageUsage> | undefined {
  const [usage, setUsage] = useState<PlatformResult<StorageUsage>>()
  useEffect(() => {
    const timer = setTimeout(() => setUsage(storageUsage()), MEASURE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  return usage
}
