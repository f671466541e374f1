import fs from 'fs'
import path from 'path'
import { HOTLINE_ENTRIES } from '@/content/hotline-details'
import { STEP_CARDS } from '@/content/emergency-step-cards'
import { RECOVERY_SCAM_WARNING } from '@/content/recovery-scam-warning'
import { isCallable } from '@/features/hotlines/model'
import { allowedNumbers } from '../../support/allowed-numbers'

const allowed = allowedNumbers()

describe('hotline content', () => {
  it('only offers numbers listed in shared/facts/allowed-numbers.txt', () => {
    const callable = HOTLINE_ENTRIES.filter(isCallable)
    expect(callable.length).toBeGreaterThan(30)
    for (const hotline of callable) {
      expect({ id: hotline.id, dial: hotline.dial, allowed: allowed.has(hotline.dial) }).toEqual({
        id: hotline.id,
        dial: hotline.dial,
        allowed: true,
      })
    }
  })

  it('shows the same digits it dials', () => {
    for (const hotline of HOTLINE_ENTRIES.filter(isCallable)) {
      const shown = hotline.display ?? hotline.dial
      expect(shown.replace(/-/g, '')).toBe(hotline.dial)
    }
  })

  it('gives every entry a source, a status and a YYYY-MM verification date', () => {
    for (const hotline of HOTLINE_ENTRIES) {
      expect(hotline.source.trim()).not.toBe('')
      expect(['official', 'secondary', 'unverified']).toContain(hotline.status)
      expect(hotline.verifiedAt).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/)
    }
  })

  it('never offers a number for an unverified entry', () => {
    const unverified = HOTLINE_ENTRIES.filter((hotline) => hotline.status === 'unverified')
    expect(unverified.map((hotline) => hotline.id).sort()).toEqual(['qunar-fliggy', 'shenzhen-airlines'])
    for (const hotline of unverified) {
      expect(hotline.dial).toBeUndefined()
      expect(isCallable(hotline)).toBe(false)
    }
  })

  it('has unique ids', () => {
    const ids = HOTLINE_ENTRIES.map((hotline) => hotline.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('lets the emergency steps call only callable hotlines', () => {
    const referenced = Object.values(STEP_CARDS)
      .flatMap((card) => card.actions)
      .flatMap((action) => (action.kind === 'call' ? action.hotlineIds : []))
    expect(referenced.length).toBeGreaterThan(0)
    for (const id of referenced) {
      const hotline = HOTLINE_ENTRIES.find((entry) => entry.id === id)
      expect(hotline && isCallable(hotline)).toBe(true)
    }
  })

  it('has no hotline-like number anywhere in src that is not allowed', () => {
    // Mirrors the project's before-stop check: a number typed into any screen must come from the facts.
    const pattern = /(?:^|[^0-9])(010-?12\d{3}|9[56]\d{3}|1[0-2]\d{3}|400-?\d{3}-?\d{4})(?![0-9])/g
    const srcRoot = path.resolve(__dirname, '../../../src')
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.(ts|tsx|scss)$/.test(entry.name)) {
          // Known fake sites (e.g. wz12311.cn) are shown as warnings, never as numbers to call.
          const text = RECOVERY_SCAM_WARNING.fakeChannels.reduce(
            (rest, fake) => rest.split(fake).join(''),
            fs.readFileSync(full, 'utf8'),
          )
          for (const match of text.matchAll(pattern)) {
            const digits = match[1].replace(/-/g, '')
            if (!allowed.has(digits)) offenders.push(`${path.relative(srcRoot, full)}: ${match[1]}`)
          }
        }
      }
    }
    walk(srcRoot)
    expect(offenders).toEqual([])
  })
})
