import { useStore } from 'zustand'
import { writeBlocks } from '@/platform/storage'

/**
 * Why the record under `key` may not be changed now (written by a newer version, or not read),
 * or undefined. Screens disable their saving actions and show this reason.
 */
export function useWriteBlock(key: string): string | undefined {
  return useStore(writeBlocks, ({ blocks }) => blocks.get(key))
}
