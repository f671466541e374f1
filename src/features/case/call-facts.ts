import { displayAccount } from '@/lib/account-number'
import type { EvidenceNote } from '@/features/evidence'

/** What the police need at once on a 110 call, from the notes: how much, to which account, when. */
export interface CallFacts {
  /** Transfer notes that carry an amount. */
  transfers: number
  totalFen?: number
  /** Receiving accounts, in full, each once, with the bank or platform when noted. */
  accounts: string[]
  /** The earliest transfer. */
  firstAt?: number
}

/** Transfer notes with an amount, oldest first: what the loss and the count are made of. */
export function transferNotes(notes: EvidenceNote[]): EvidenceNote[] {
  return notes.filter((note) => note.type === 'transfer' && note.amountFen !== undefined).sort((a, b) => a.occurredAt - b.occurredAt)
}

/** The facts to read out, or nothing when no note holds an amount or an account yet. */
export function callFacts(notes: EvidenceNote[]): CallFacts | undefined {
  const transfers = transferNotes(notes)
  const withAccount = [...notes].sort((a, b) => a.occurredAt - b.occurredAt).filter((note) => note.party.account)
  if (transfers.length === 0 && withAccount.length === 0) return undefined
  const accounts = withAccount.map((note) => {
    const account = displayAccount(note.party.account ?? '')
    return note.party.institution ? `${account}（${note.party.institution}）` : account
  })
  return {
    transfers: transfers.length,
    totalFen: transfers.length ? transfers.reduce((sum, note) => sum + (note.amountFen ?? 0), 0) : undefined,
    accounts: [...new Set(accounts)],
    firstAt: transfers[0]?.occurredAt,
  }
}
