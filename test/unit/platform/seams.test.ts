// Every platform seam has one interface: the browser file (x.h5.ts) exports exactly what the WeChat
// file (x.ts) exports, each of the same kind and, for functions, the same number of parameters. The
// pairs are found on disk, so a new seam is checked without being listed; and a fork lives only in
// src/platform/, where the lint zones allow platform code.
import fs from 'fs'
import path from 'path'

const SRC = path.resolve(__dirname, '../../../src')

function h5Files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return h5Files(full)
    return /\.h5\.tsx?$/.test(entry.name) ? [path.relative(SRC, full)] : []
  })
}

const forks = h5Files(SRC)

/** Each export's kind, and a function's parameter count: what a caller relies on either way. */
function shape(module: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => [name, typeof value === 'function' ? `function/${value.length}` : typeof value]),
  )
}

describe('platform seams', () => {
  it('finds the seams it checks', () => {
    expect(forks).toEqual(expect.arrayContaining(['platform/storage-device.h5.ts', 'platform/calendar-file.h5.ts']))
  })

  it.each(forks)('%s sits in src/platform/', (fork) => {
    expect(fork.startsWith('platform/')).toBe(true)
  })

  it.each(forks)('%s exports what its WeChat file exports, of the same shape', (fork) => {
    const weappFile = fork.replace(/\.h5(\.tsx?)$/, '$1')
    expect(fs.existsSync(path.join(SRC, weappFile))).toBe(true)
    const browser = require(path.join(SRC, fork)) as Record<string, unknown>
    const weapp = require(path.join(SRC, weappFile)) as Record<string, unknown>
    expect(shape(browser)).toEqual(shape(weapp))
  })
})
