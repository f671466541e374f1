/**
 * @jest-environment node
 */
// The labelled evaluation set (test/fixtures/messages) as a quality gate: recall ≥ 97%, ordinary
// messages rated scam ≤ 2%, rated suspicious ≤ 10%. Per-category figures are in the failure text.
import { HOTLINES } from '@/content/hotlines'
import type { CallableHotline } from '@/features/hotlines'
import { checkMessage } from '@/features/checker/model'

const { scam, ordinary } = require('../../fixtures/messages/expand') as Record<'scam' | 'ordinary', () => { category: string; channel: string; text: string }[]>

const CALLABLE = HOTLINES.filter((hotline): hotline is CallableHotline => Boolean(hotline.dial) && hotline.status !== 'unverified')

function rates(set: { category: string; text: string }[]) {
  const rows = new Map<string, { total: number; scam: number; suspicious: number }>()
  for (const message of set) {
    const verdict = checkMessage(message.text, CALLABLE).verdict
    for (const key of ['全部', message.category]) {
      const row = rows.get(key) ?? { total: 0, scam: 0, suspicious: 0 }
      row.total += 1
      if (verdict === 'scam') row.scam += 1
      if (verdict === 'suspicious') row.suspicious += 1
      rows.set(key, row)
    }
  }
  return rows
}

describe('the evaluation set', () => {
  const scams = scam()
  const ordinaries = ordinary()

  it('holds at least 400 scam and 400 ordinary messages, none twice', () => {
    expect(scams.length).toBeGreaterThanOrEqual(400)
    expect(ordinaries.length).toBeGreaterThanOrEqual(400)
    expect(new Set([...scams, ...ordinaries].map((message) => message.text)).size).toBe(scams.length + ordinaries.length)
  })

  it('rates ≥ 97% of scam messages scam or suspicious, in every category', () => {
    const recall = [...rates(scams)].map(([category, row]) => ({ category, recall: (row.scam + row.suspicious) / row.total }))
    expect(recall.filter((row) => row.recall < 0.97)).toEqual([])
  })

  it('rates ≤ 2% of ordinary messages scam and ≤ 10% suspicious', () => {
    const overall = rates(ordinaries).get('全部')
    expect(overall).toBeDefined()
    if (!overall) return
    expect(overall.scam / overall.total).toBeLessThanOrEqual(0.02)
    expect(overall.suspicious / overall.total).toBeLessThanOrEqual(0.1)
  })
})
