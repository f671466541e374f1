import fs from 'fs'
import path from 'path'
import { HOME_ENTRY } from '@/content/home-entry'
import { HOTLINES } from '@/content/hotlines'
import { renderFirstScreen } from '../../../config/first-screen'
import { callLabel } from '@/content/call-label'

const { html } = renderFirstScreen(HOME_ENTRY, HOTLINES, callLabel)

describe('the H5 static first screen', () => {
  it('dials exactly home’s two numbers, taken from the hotline data', () => {
    const expected = HOME_ENTRY.callIds.map((id) => `tel:${HOTLINES.find((hotline) => hotline.id === id)?.dial}`)
    expect(html.match(/href="tel:[^"]*"/g)?.map((href) => href.slice(6, -1))).toEqual(expected)
    expect(expected).toEqual(['tel:110', 'tel:96110'])
  })

  it('says what home says', () => {
    for (const text of [
      HOME_ENTRY.intro,
      HOME_ENTRY.scammed.title,
      HOME_ENTRY.scammed.caption,
      HOME_ENTRY.leaked.title,
      HOME_ENTRY.leaked.caption,
    ])
      expect(html).toContain(text)
    expect(html).toContain('<span class="bj-first__caption">报警</span>')
    expect(html).toContain('<span class="bj-first__caption">咨询</span>')
  })

  it('links 「我被骗了」 and 「我的信息泄露了」 to the emergency screen’s route', () => {
    expect(html).toContain('href="#/case/pages/emergency/index?variant=scammed"')
    expect(html).toContain('href="#/case/pages/emergency/index?variant=leaked"')
  })

  it('writes no number of its own, and reads nothing from storage', () => {
    const source = fs.readFileSync(path.resolve(__dirname, '../../../config/first-screen.ts'), 'utf8')
    expect(source).not.toMatch(/\b(110|96110)\b/)
    const page = fs.readFileSync(path.resolve(__dirname, '../../../src/index.html'), 'utf8')
    expect(page).not.toMatch(/localStorage|sessionStorage|indexedDB|document\.cookie/)
  })
})
