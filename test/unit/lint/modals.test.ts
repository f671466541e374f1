// WeChat does not show a modal at all when a button's text is over 4 characters (wx.showModal:
// confirmText and cancelText, 最多 4 个字符): every literal button text in src/ is checked.
import fs from 'fs'
import path from 'path'
import { SRC, sourceFiles } from './source-files'

const buttons = sourceFiles().flatMap((file) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(confirmText|cancelText):\s*'([^']*)'/g)].map((match) => ({
    file: path.relative(SRC, file),
    key: match[1],
    text: match[2],
  })),
)

describe('modal buttons', () => {
  it('finds the buttons it checks', () => {
    expect(buttons.length).toBeGreaterThan(15)
  })

  it.each(buttons)('$key 「$text」 fits WeChat’s 4 characters ($file)', ({ text }) => {
    expect([...text].length).toBeLessThanOrEqual(4)
  })
})
