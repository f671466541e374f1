import { DISTRESS_PROMPT, DISTRESS_WORDS } from '@/content/support'
import { mentionsSelfHarm } from '@/lib/distress'
import { allowedNumbers } from '../../support/allowed-numbers'

describe('words of self-harm', () => {
  it.each(['我真的不想活了', '钱没了，活不下去', '想 死', '有点想自杀'])('notices %p', (text) => {
    expect(mentionsSelfHarm(text, DISTRESS_WORDS)).toBe(true)
  })

  it.each(['急死了，对方一直催', '跳楼价机票，点链接领取', '死活不肯退款', '对方说不转账就冻结', ''])(
    'leaves an ordinary note alone: %p',
    (text) => {
      expect(mentionsSelfHarm(text, DISTRESS_WORDS)).toBe(false)
    },
  )

  it('offers only numbers from the verified directory', () => {
    const allowed = allowedNumbers()
    for (const number of DISTRESS_PROMPT.content.match(/\d{3,}/g) ?? [])
      expect({ number, allowed: allowed.has(number) }).toEqual({ number, allowed: true })
  })
})
