import { useEffect, useState } from 'react'
import { subscribeWriteBlocks, writeBlockFor } from '@/platform/storage'

/**
 * Why the record under `key` may not be changed now (written by a newer version, or not read),
 * or undefined. Screens disable their saving actions and show this reason.
 */
export function useWriteBlock(key: string): string | undefined {
  const [reason, setReason] = useState(() => writeBlockFor(key))
  useEffect(() => {
    setReason(writeBlockFor(key))
    return subscribeWriteBlocks(() => setReason(writeBlockFor(key)))
  }, [key])
  return reason
}
