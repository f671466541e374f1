// Every claim the app makes rests on a section of shared/facts/ that exists, and every statute article it
// cites is one that shared/facts/laws.md lists. Run against the facts as they are now, so a correction
// there that the app has not followed fails here.
import { STEP_CARDS } from '@/content/emergency-step-cards'
import { EVIDENCE_LAW } from '@/content/evidence-types'
import { FOLLOW_UP_PRESETS } from '@/content/follow-ups'
import { HOTLINE_ENTRIES } from '@/content/hotline-details'
import { LAW_ARTICLES } from '@/content/laws'
import { LIABILITY_CASES } from '@/content/liability'
import { PLAN_STEPS } from '@/content/plan-steps'
import { RECOVERY_SCAM_WARNING } from '@/content/recovery-scam-warning'
import { GENERAL_WARNING, SCAM_WARNINGS } from '@/content/scam-warnings'
import { FACT_REFERENCE } from '@/content/sources'
import { articleListed, articleNumbers, factsHeadings, factsSection } from '../../support/facts'

const sourced: { what: string; source: string }[] = [
  ...HOTLINE_ENTRIES.map((entry) => ({ what: `hotline ${entry.id}`, source: entry.source })),
  ...LAW_ARTICLES.map((entry) => ({ what: `law ${entry.id}`, source: entry.source })),
  ...Object.entries(STEP_CARDS).map(([id, card]) => ({ what: `emergency step ${id}`, source: card.source })),
  ...Object.values(PLAN_STEPS)
    .filter((step) => step.guidance)
    .map((step) => ({ what: `plan step ${step.id}`, source: step.guidance as string })),
  ...FOLLOW_UP_PRESETS.map((preset) => ({ what: `follow-up ${preset.id}`, source: preset.source })),
  ...LIABILITY_CASES.map((entry) => ({ what: `liability ${entry.id}`, source: entry.source })),
  ...[...SCAM_WARNINGS, GENERAL_WARNING].map((card) => ({ what: `card ${card.id}`, source: card.source })),
  { what: 'recovery warning', source: RECOVERY_SCAM_WARNING.source },
  { what: 'evidence law', source: EVIDENCE_LAW.source },
]

describe('sources', () => {
  it('names at least one section of a facts file in every source', () => {
    const without = sourced.filter(({ source }) => [...source.matchAll(FACT_REFERENCE)].length === 0).map(({ what }) => what)
    expect(without).toEqual([])
  })

  it('names only sections that exist', () => {
    const missing: string[] = []
    for (const { what, source } of sourced) {
      for (const [, file, section] of source.matchAll(FACT_REFERENCE)) {
        const exists = factsHeadings(file).some((heading) => heading.startsWith(section.trim()))
        if (!exists) missing.push(`${what}: ${file} § ${section}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('cites no statute article that laws.md does not list under that law', () => {
    const unlisted: string[] = []
    for (const entry of LAW_ARTICLES) {
      const [, file, section] = [...entry.source.matchAll(FACT_REFERENCE)][0]
      const text = factsSection(file, section.trim())
      const numbers = articleNumbers(entry.article)
      if (numbers.length === 0) {
        // An opinion or a rule without article numbers: laws.md must name it.
        if (!text.includes(entry.law.replace(/[《》]/g, ''))) unlisted.push(`${entry.id}: ${entry.law} not in § ${section}`)
        continue
      }
      for (const number of numbers) {
        if (!articleListed(text, number)) unlisted.push(`${entry.id}: article ${number} not in § ${section}`)
      }
    }
    expect(unlisted).toEqual([])
  })
})
