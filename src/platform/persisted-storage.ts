import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { decodeEnvelope } from '@/lib/stored-envelope'
import { readKey, removeKey, writeKey } from './storage'
import type { FailureReason } from './result'

/** Something went wrong with stored data; the app tells the user instead of failing silently. */
export interface StorageProblem {
  key: string
  kind: 'corrupt' | 'unknown-version' | 'read-failed' | 'write-failed'
  reason?: FailureReason
  /** Where an unreadable record was copied so it is not lost when the key is written again. */
  setAsideKey?: string
  at: number
}

type ProblemListener = (problems: StorageProblem[]) => void

let problems: StorageProblem[] = []
const listeners = new Set<ProblemListener>()

/** Shows a storage problem in the banner on every page. */
export function reportStorageProblem(problem: StorageProblem): void {
  problems = [...problems.filter((p) => !(p.key === problem.key && p.kind === problem.kind)), problem]
  listeners.forEach((listener) => listener(problems))
}

/** Clears the write-failure notice for a key once a later write to it succeeds. */
function resolveWriteProblem(key: string): void {
  if (!problems.some((p) => p.key === key && p.kind === 'write-failed')) return
  problems = problems.filter((p) => !(p.key === key && p.kind === 'write-failed'))
  listeners.forEach((listener) => listener(problems))
}

export function subscribeStorageProblems(listener: ProblemListener): () => void {
  listeners.add(listener)
  listener(problems)
  return () => {
    listeners.delete(listener)
  }
}

export function dismissStorageProblems(): void {
  problems = []
  listeners.forEach((listener) => listener(problems))
}

/** Copies an unreadable record to a key of its own, so a later write to `key` cannot lose it. */
export async function setAside(key: string, raw: unknown): Promise<string | undefined> {
  const asideKey = `${key}.set-aside.${Date.now()}`
  const written = await writeKey(asideKey, raw)
  return written.ok ? asideKey : undefined
}

/**
 * A zustand `persist` storage over platform storage. It maps WeChat's '' (missing) to null,
 * sets aside records it cannot read instead of overwriting them, and reports failed writes.
 */
export function createPersistedStorage<S>(currentVersion: number): PersistStorage<S> {
  return {
    async getItem(name): Promise<StorageValue<S> | null> {
      const read = await readKey(name)
      if (read.status === 'missing') return null
      if (read.status === 'failed') {
        reportStorageProblem({ key: name, kind: 'read-failed', at: Date.now() })
        return null
      }
      const decoded = decodeEnvelope<S>(read.value, currentVersion)
      if (decoded.kind === 'ok') return decoded.envelope
      const setAsideKey = await setAside(name, read.value)
      reportStorageProblem({ key: name, kind: decoded.kind, setAsideKey, at: Date.now() })
      return null
    },
    async setItem(name, value): Promise<void> {
      const written = await writeKey(name, value)
      if (written.ok) resolveWriteProblem(name)
      else reportStorageProblem({ key: name, kind: 'write-failed', reason: written.reason, at: Date.now() })
    },
    async removeItem(name): Promise<void> {
      await removeKey(name)
    },
  }
}
