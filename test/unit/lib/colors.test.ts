// TypeScript's colours are a mirror of styles/tokens.scss: each must be the token of the same name
// ($color-danger-bg for dangerBg), and no other file may spell out a colour.
import fs from 'fs'
import path from 'path'
import { COLORS } from '@/lib/colors'
import { SRC, sourceFiles } from '../lint/source-files'

const TOKENS_FILE = path.join(SRC, 'styles/tokens.scss')
const tokens = Object.fromEntries(
  [...fs.readFileSync(TOKENS_FILE, 'utf8').matchAll(/^\$color-([a-z-]+):\s*(#[0-9a-fA-F]{3,8});/gm)].map((match) => [
    match[1],
    match[2].toLowerCase(),
  ]),
)
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

describe('colours', () => {
  it('reads the tokens', () => {
    expect(tokens.danger).toBe('#c8201b')
  })

  it.each(Object.entries(COLORS))('%s is $color-%s in tokens.scss', (name, value) => {
    expect(tokens[kebab(name)]).toBe(value)
  })

  it('spells out a colour only in tokens.scss and lib/colors.ts', () => {
    const sheets = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        return entry.isDirectory() ? sheets(full) : full.endsWith('.scss') ? [full] : []
      })
    const files = [...sourceFiles(), ...sheets(SRC)].filter((file) => ![TOKENS_FILE, path.join(SRC, 'lib/colors.ts')].includes(file))
    const offenders = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['":\s(,]#[0-9a-fA-F]{3,8}\b/g)].map(
        (match) => `${path.relative(SRC, file)}: ${match[0].trim()}`,
      ),
    )
    expect(offenders).toEqual([])
  })
})
