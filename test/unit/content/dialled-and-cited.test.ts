// Every number any screen can dial is in shared/facts/allowed-numbers.txt, and every article the app's
// text cites (「《X》第N条」) is one the facts list. Run against the facts as they are now, so a
// correction there that the app has not followed fails here.
import fs from 'fs'
import path from 'path'
import { BRANDS } from '@/content/checker-brands'
import { STEP_CARDS } from '@/content/emergency-step-cards'
import { FOLLOW_UP_PRESETS } from '@/content/follow-ups'
import { HOME_ENTRY } from '@/content/home-entry'
import { HOTLINES } from '@/content/hotlines'
import { PLAN_STEPS } from '@/content/plan-steps'
import type { HotlineAction } from '@/content/types'
import { isCallable } from '@/features/hotlines/model'
import { allowedNumbers } from '../../support/allowed-numbers'
import { articleListed, articleNumbers, factsFile, factsSection } from '../../support/facts'

const allowed = allowedNumbers()

/** The hotline ids an action dials: named ones, or every callable number of the groups it lists. */
function dialledIds(action: { kind: string }): string[] {
  const full = action as HotlineAction
  switch (full.kind) {
    case 'call':
      return full.hotlineIds
    case 'consult':
      return [full.hotlineId]
    case 'pick':
      return HOTLINES.filter((hotline) => full.groups.includes(hotline.group) && isCallable(hotline)).map((hotline) => hotline.id)
    default:
      return []
  }
}

describe('dialled numbers', () => {
  it('allows 010-12300 as 01012300, as the MIIT notice gives it', () => {
    expect(allowed.has('01012300')).toBe(true)
    expect(allowed.has('12300')).toBe(false)
  })

  it('dials only allowed numbers from every step, plan, follow-up, home button and checker brand', () => {
    const ids = [
      ...Object.values(STEP_CARDS).flatMap((card) => card.actions.flatMap(dialledIds)),
      ...Object.values(PLAN_STEPS).flatMap((step) => step.actions.flatMap(dialledIds)),
      ...FOLLOW_UP_PRESETS.flatMap((preset) => (preset.hotlineId ? [preset.hotlineId] : [])),
      ...HOME_ENTRY.callIds,
      ...BRANDS.map((brand) => brand.hotlineId),
      // Fixed buttons on the checker's verdict and the support page.
      'anti-fraud-96110',
      'police-110',
      'psych-12356',
      'medical-120',
    ]
    expect(ids.length).toBeGreaterThan(30)
    const problems: string[] = []
    for (const id of new Set(ids)) {
      const hotline = HOTLINES.find((entry) => entry.id === id)
      if (!hotline) problems.push(`${id}: no such hotline`)
      else if (hotline.dial !== undefined && !allowed.has(hotline.dial)) problems.push(`${id}: ${hotline.dial} not allowed`)
    }
    expect(problems).toEqual([])
  })

  it('keeps every dial in HOTLINES in allowed-numbers.txt', () => {
    const notAllowed = HOTLINES.filter((hotline) => hotline.dial !== undefined && !allowed.has(hotline.dial)).map(
      (hotline) => `${hotline.id}: ${hotline.dial}`,
    )
    expect(notAllowed).toEqual([])
  })
})

/** Where in shared/facts/ each law the app cites by name is listed. */
const LISTED_IN: Record<string, { file: string; section?: string }> = {
  个人信息保护法: { file: 'laws.md', section: 'Personal Information Protection Law' },
  网络安全法: { file: 'laws.md', section: 'Cybersecurity Law' },
  民法典: { file: 'laws.md', section: 'Civil Code' },
  刑法: { file: 'laws.md', section: 'Criminal Law' },
  反电信网络诈骗法: { file: 'laws.md', section: 'Anti-Telecom and Online Fraud Law' },
  民事诉讼法: { file: 'laws.md', section: 'Civil Procedure Law' },
  公安机关办理刑事案件程序规定: { file: 'laws.md', section: 'Reporting to the police' },
  刑事诉讼法: { file: 'laws.md', section: 'Reporting to the police' },
  // Regulations behind two hotline entries: hotlines.md cites them with the article numbers.
  征信业管理条例: { file: 'hotlines.md' },
  电信用户申诉处理办法: { file: 'hotlines.md' },
}

/** 「《个人信息保护法》第五十七条、第四十七条」「《网络安全法》（2025年修正）第四十四条」 */
const CITATION = /《([^》]+)》(?:（[^）]*）)?((?:第[零一二两三四五六七八九十百千]+条(?:之一)?[、和至]?)+)/g

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** A law's section in laws.md lists the article; hotlines.md cites it as 「art. N」 on the line that names the law. */
function listedIn(listing: { file: string; section?: string }, name: string, number: number): boolean {
  if (listing.section) return articleListed(factsSection(listing.file, listing.section), number)
  const cited = new RegExp(`arts?\\.\\s*(?:\\d+,\\s*)*${number}\\b`)
  return factsFile(listing.file)
    .split('\n')
    .some((line) => line.includes(`《${name}》`) && cited.test(line))
}

describe('cited articles', () => {
  it('cites in its text only articles the facts list, under that law', () => {
    const srcRoot = path.resolve(__dirname, '../../../src')
    const problems: string[] = []
    let citations = 0
    for (const file of sourceFiles(srcRoot)) {
      for (const [, name, articles] of fs.readFileSync(file, 'utf8').matchAll(CITATION)) {
        citations += 1
        const where = path.relative(srcRoot, file)
        const listing = LISTED_IN[name]
        if (!listing) {
          problems.push(`${where}: 《${name}》 is not in shared/facts`)
          continue
        }
        for (const number of articleNumbers(articles)) {
          if (!listedIn(listing, name, number)) problems.push(`${where}: 《${name}》 article ${number} not in ${listing.file}`)
        }
      }
    }
    expect(citations).toBeGreaterThan(5)
    expect(problems).toEqual([])
  })
})
