import { useEffect, useRef, useState } from 'react'
import { mergeDraft } from '@/lib/draft'
import { draftKey } from '@/lib/draft-key'
import { readKey, removeKey, writeKey } from '@/platform/storage'
import { onAppHide } from '@/platform/lifecycle'
import type { PlatformResult } from '@/platform/result'

/** How long typing must pause before the draft is written: one write per pause, not per key. */
const WRITE_DELAY_MS = 300

export interface StoredDraft<T> {
  value: T
  update: (patch: Partial<T>) => void
  /** True when the form shows what was typed before a back or a reload. */
  restored: boolean
  /** Forgets the draft, after a save, a delete or when the user discards it. */
  clear: () => Promise<PlatformResult>
  /** Goes back to the starting values and forgets the draft. */
  discard: () => Promise<void>
}

/**
 * A form's contents, kept in storage while the user types (`bj.draft.<name>`) and restored on
 * return. A draft that cannot be written does not stop typing: the form keeps working in memory.
 * What is still waiting for the pause is written at once when the form closes (back) or the app
 * is hidden (a reload, a switch away), so the last few keys are never lost.
 */
export function useStoredDraft<T extends object>(name: string, initial: T): StoredDraft<T> {
  const key = draftKey(name)
  const [value, setValue] = useState(initial)
  const [restored, setRestored] = useState(false)
  const touched = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  /** The value typed but not yet written, if any. */
  const unwritten = useRef<T | undefined>(undefined)

  const flush = () => {
    clearTimeout(timer.current)
    const next = unwritten.current
    unwritten.current = undefined
    if (next !== undefined) void writeKey(key, next)
  }
  const flushRef = useRef(flush)
  flushRef.current = flush

  useEffect(() => {
    const stop = onAppHide(() => flushRef.current())
    return () => {
      stop()
      flushRef.current()
    }
  }, [])

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
    unwritten.current = next
    clearTimeout(timer.current)
    timer.current = setTimeout(flush, WRITE_DELAY_MS)
  }
  const clear = () => {
    clearTimeout(timer.current)
    unwritten.current = undefined
    return removeKey(key)
  }
  const discard = async () => {
    await clear()
    touched.current = true
    setValue(initial)
    setRestored(false)
  }
  return { value, update, restored, clear, discard }
}
