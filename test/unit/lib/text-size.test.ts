import { LARGE_TEXT_SCALE, LARGE_TOUCH_SCALE, resolveTextSize } from '@/lib/text-size'

describe('大字模式', () => {
  it('is off by default at WeChat’s standard size', () => {
    expect(resolveTextSize('auto', 1)).toEqual({ large: false, fontScale: 1, touchScale: 1 })
  })

  it('turns on by itself when WeChat’s text is already large', () => {
    expect(resolveTextSize('auto', 1.25)).toEqual({ large: true, fontScale: LARGE_TEXT_SCALE, touchScale: LARGE_TOUCH_SCALE })
  })

  it('can be turned off even then, and still follows WeChat’s size', () => {
    expect(resolveTextSize('standard', 1.4)).toEqual({ large: false, fontScale: 1.4, touchScale: 1 })
  })

  it('makes the smallest text at least 40rpx and buttons at least 112rpx', () => {
    const { fontScale, touchScale } = resolveTextSize('large', 1)
    expect(28 * fontScale).toBeGreaterThanOrEqual(40)
    expect(88 * touchScale).toBeGreaterThanOrEqual(112)
  })
})
