import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import WarningCardPage from '@/share/pages/card/index'
import WarningViewPage from '@/share/pages/view/index'
import { useFamily } from '@/features/family'
import { cardText } from '@/features/warning-card/model'
import { cardFor } from '@/features/warning-card'

type ShareHook = (callback: () => Record<string, unknown>) => void
const shim = Taro as unknown as { useShareAppMessage: ShareHook; useShareTimeline: ShareHook; useRouter: () => unknown }

let shareApp: () => Record<string, unknown>
let shareTimeline: () => Record<string, unknown>

beforeEach(() => {
  shim.useShareAppMessage = (callback) => {
    shareApp = callback
  }
  shim.useShareTimeline = (callback) => {
    shareTimeline = callback
  }
})

describe('warning card', () => {
  it('updates the preview when another scam type is picked', () => {
    render(<WarningCardPage />)
    expect(screen.getByText('“航班取消，给你退款”是骗局')).toBeTruthy()
    fireEvent.click(screen.getByText('冒充公检法'))
    expect(screen.getByText('电话里说你涉嫌犯罪、要你转钱，就是骗局')).toBeTruthy()
    expect(screen.queryByText('“航班取消，给你退款”是骗局')).toBeNull()
  })

  it('shares the picked card to a chat and to Moments by its type id only', () => {
    render(<WarningCardPage />)
    fireEvent.click(screen.getByText('刷单返利'))
    expect(shareApp()).toEqual({
      title: '防骗提醒：“点赞刷单，轻松返利”是骗局',
      path: '/share/pages/view/index?type=rebate',
      imageUrl: undefined,
    })
    expect(shareTimeline()).toEqual({ title: '防骗提醒：“点赞刷单，轻松返利”是骗局', query: 'type=rebate', imageUrl: undefined })
  })

  it('opens the general card for a junk type without echoing it', () => {
    const router = shim.useRouter
    shim.useRouter = () => ({ params: { type: '<img src=x onerror=alert(1)>' }, path: '' })
    render(<WarningViewPage />)
    shim.useRouter = router
    expect(screen.getByText('接到这样的电话和消息，先停一停')).toBeTruthy()
    expect(document.body.innerHTML).not.toContain('onerror')
    expect(screen.getByText('拨打 96110 咨询')).toBeTruthy()
    expect(screen.getByText('我刚接到这样的电话或短信')).toBeTruthy()
    expect(screen.getByText('我已经转了钱')).toBeTruthy()
  })

  it('tells a recipient what to do now, hanging up first, then who made the page', () => {
    render(<WarningViewPage />)
    const first = document.getElementById('recipient-first') as HTMLElement
    const text = first.textContent ?? ''
    expect(text.indexOf('挂断电话，不要转账')).toBeGreaterThan(-1)
    expect(text.indexOf('挂断电话，不要转账')).toBeLessThan(text.indexOf('打给发这张卡片的家人，或你信任的人，核实一下'))
    expect(text.indexOf('打给发这张卡片的家人')).toBeLessThan(text.indexOf('拨打 96110 咨询'))
    // The sender is not named on the card, so 「打给家人」 is words: the only button in the block is 96110.
    expect(Array.from(first.querySelectorAll('[role=button]'), (button) => button.textContent)).toEqual(['拨打 96110 咨询'])
    expect(document.getElementById('recipient-trust')?.textContent).toMatch(
      /被骗急救.*不用登录.*不用付钱.*看不到你在这里做了什么.*2026 年 11 月/,
    )
    // The card comes after the block.
    expect(
      first.compareDocumentPosition(document.getElementById('warning-card') as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
  })

  it('sorts the signs into certain and check-first, with no hedging', () => {
    render(<WarningViewPage />)
    expect(screen.getByText('这就是骗局的说法：')).toBeTruthy()
    expect(screen.getByText('先别信，打官方电话核实：')).toBeTruthy()
    expect(document.body.textContent).not.toContain('十有八九')
  })

  it('never puts the family contact in what is shared', async () => {
    await act(async () => {
      render(<WarningCardPage />)
    })
    await act(async () => {
      await useFamily.setState({ contact: { relation: '女儿', phone: '13912345678' } })
    })
    for (const type of ['机票退改签', '冒充公检法', '追回损失']) {
      fireEvent.click(screen.getByText(type))
      const payload = JSON.stringify([shareApp(), shareTimeline()])
      expect(payload).not.toContain('13912345678')
      expect(payload).not.toContain('女儿')
    }
    for (const id of ['flight', 'police', 'general']) expect(cardText(cardFor(id))).not.toMatch(/13912345678|女儿/)
    await act(async () => {
      await useFamily.setState({ contact: undefined })
    })
  })
})
