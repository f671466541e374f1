import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import WarningCardPage from '@/share/pages/card/index'
import WarningViewPage from '@/share/pages/view/index'

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
    expect(screen.getByText('“你涉嫌犯罪”的电话，十有八九是骗局')).toBeTruthy()
    expect(screen.queryByText('“航班取消，给你退款”是骗局')).toBeNull()
  })

  it('shares the picked card to a chat and to Moments by its type id only', () => {
    render(<WarningCardPage />)
    fireEvent.click(screen.getByText('刷单返利'))
    expect(shareApp()).toEqual({ title: '防骗提醒：“点赞刷单，轻松返利”是骗局', path: '/share/pages/view/index?type=rebate', imageUrl: undefined })
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
    expect(screen.getByText('我也遇到了')).toBeTruthy()
  })
})
