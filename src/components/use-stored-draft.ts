import { useEffect, useRef, useState } from 'react'
import { draftKey, mergeDraft } from '@/lib/draft'
import { readKey, removeKey, writeKey } from '@/platform/storage'

/** How long typing must pause before the draft is written: one write per pause, not per key. */
const WRITE_DELAY_MS = 300

export interface StoredDraft<T> {
  value: T
  update: (patch: Partial<T>) => void
  /** True when the form shows what was typed before a back or a reload. */
  restored: boolean
  /** Forgets the draft, after a save or when the user discards it. */
  clear: () => Promise<void>
  /** Goes back to the starting values and forgets the draft. */
  discard: () => Promise<void>
}

/**
 * A form's contents, kept in storage while the user types (`bj.draft.<name>`) and restored on
 * return. A draft that cannot be written does not stop typing: the form keeps working in memory.
 */
export function useStoredDraft<T extends object>(name: string, initial: T): StoredDraft<T> {
  const key = draftKey(name)
  const [value, setValue] = useState(initial)
  const [restored, setRestored] = useState(false)
  const touched = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()

  useEffect(() => {
    let cancelled = false
    void readKey(key).then((read) => {
      if (cancelled || touched.current || read.status !== 'found') return
      const merged = mergeDraft(initial, read.value)
      if (!merged.restored) return
      setValue(merged.value)
      setRestored(true)
    })
    return () => {
      cancelled = true
      clearTimeout(timer.current)
    }
    // The draft is read once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const latest = useRef(initial)
  latest.current = value
  const update = (patch: Partial<T>) => {
    touched.current = true
    const next = { ...latest.current, ...patch }
    latest.current = next
    setValue(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void writeKey(key, next), WRITE_DELAY_MS)
  }
  const clear = async () => {
    clearTimeout(timer.current)
    await removeKey(key)
  }
  const discard = async () => {
    await clear()
    touched.current = true
    setValue(initial)
    setRestored(false)
  }
  return { value, update, restored, clear, discard }
}
