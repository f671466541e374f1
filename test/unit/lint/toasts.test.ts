// WeChat cuts a success toast's title at 7 characters, and a toast vanishes before a slow reader
// gets to the end: so success toasts stay short, and instructions go in a modal (tell) instead.
import fs from 'fs'
import path from 'path'
import { SRC, sourceFiles } from './source-files'

const calls = sourceFiles().flatMap((file) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/showToast\(\s*(['`])(.*?)\1\s*(?:,\s*'(success|none)')?\s*\)/g)].map((match) => ({
    file: path.relative(SRC, file),
    title: match[2],
    icon: match[3] ?? 'none',
  })),
)

describe('toasts', () => {
  it('finds the toasts it checks', () => {
    expect(calls.length).toBeGreaterThan(15)
  })

  it.each(calls.filter((call) => call.icon === 'success'))('a success toast fits WeChat’s 7 characters: $title ($file)', ({ title }) => {
    expect([...title].length).toBeLessThanOrEqual(7)
  })

  it.each(calls)('a toast does not ask the user to go somewhere or tap something: $title ($file)', ({ title }) => {
    expect(title).not.toMatch(/点右上角|打开.*(设置|拨号盘|日历)|粘贴后/)
  })
})
