import { useEffect, useState } from 'react'

interface PersistApi {
  persist: {
    hasHydrated: () => boolean
    onFinishHydration: (listener: () => void) => () => void
  }
}

/**
 * Whether a persisted store has finished loading from the phone. Actions that start
 * something (a session clock) must wait for it, or they would overwrite what was saved.
 */
export function useHydrated(store: PersistApi): boolean {
  const [hydrated, setHydrated] = useState(() => store.persist.hasHydrated())
  useEffect(() => {
    if (store.persist.hasHydrated()) setHydrated(true)
    return store.persist.onFinishHydration(() => setHydrated(true))
  }, [store])
  return hydrated
}
