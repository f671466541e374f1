// B6b (weapp side): a link to a page that does not exist goes home, where 110 is.
import Taro from '@tarojs/taro'
import { sendUnknownPagesHome } from '@/platform/page-not-found'

it('B6b: redirects WeChat’s page-not-found to home, in the same tick', () => {
  let handler: (() => void) | undefined
  ;(Taro as unknown as { onPageNotFound: (callback: () => void) => void }).onPageNotFound = (callback) => {
    handler = callback
  }
  const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' })
  sendUnknownPagesHome('/pages/index/index', ['/pages/index/index'])
  handler?.()
  expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
})
