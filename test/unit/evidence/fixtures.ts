import type { EvidenceNote } from '@/features/evidence/model'

/** 2026-11-22 14:00 in Beijing. */
export const T0 = Date.UTC(2026, 10, 22, 6, 0, 0)
export const MINUTE = 60_000

export function note(overrides: Partial<EvidenceNote> & { id: string }): EvidenceNote {
  return {
    type: 'transfer',
    occurredAt: T0,
    text: '',
    party: {},
    photos: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  }
}
