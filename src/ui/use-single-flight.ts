import { useRef } from 'react'

/**
 * Guards an action against a double tap with a ref, which changes at once, unlike state.
 * While the action runs, further taps do nothing. If it resolves `true` (saved, and the page is
 * leaving), it stays locked, so a late second tap cannot save again or navigate back twice.
 */
export function useSingleFlight(action: () => Promise<boolean>): () => Promise<void> {
  const locked = useRef(false)
  return async () => {
    if (locked.current) return
    locked.current = true
    let finished = false
    try {
      finished = await action()
    } finally {
      if (!finished) locked.current = false
    }
  }
}
