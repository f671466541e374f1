import { useEffect, useState } from 'react'
import { loadAllNotes, useEvidence, type EvidenceNote } from '@/features/evidence'

/** Every evidence note, read again whenever one is saved or removed; none until they have loaded. */
export function useAllNotes(): EvidenceNote[] {
  const entries = useEvidence((state) => state.entries)
  const [notes, setNotes] = useState<EvidenceNote[]>([])
  useEffect(() => {
    let cancelled = false
    void loadAllNotes().then((loaded) => {
      if (!cancelled) setNotes(loaded)
    })
    return () => {
      cancelled = true
    }
  }, [entries])
  return notes
}
