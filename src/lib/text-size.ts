/** What the user chose for 大字模式: follow WeChat's font size, or always on, or always off. */
export type TextSizeChoice = 'auto' | 'large' | 'standard'

export const TEXT_SIZE_CHOICES: readonly TextSizeChoice[] = ['auto', 'large', 'standard']

/** From this WeChat font scale on, 'auto' turns 大字模式 on: the user has already asked for large text. */
export const SYSTEM_LARGE_FROM = 1.25

/**
 * The text scale in 大字模式: WeChat's largest setting. Body text (32rpx) becomes 51rpx and the
 * smallest text (28rpx) 45rpx, above the 40rpx (20 CSS px at 375) an older reader needs.
 */
export const LARGE_TEXT_SCALE = 1.6

/** Touch targets in 大字模式: 88rpx × 1.28 = 113rpx, at least 56 CSS px at 375. */
export const LARGE_TOUCH_SCALE = 1.28

export interface TextSize {
  large: boolean
  fontScale: number
  touchScale: number
}

/** How big text and buttons are, from the user's choice and WeChat's own font size (a factor ≥ 1). */
export function resolveTextSize(choice: TextSizeChoice, systemScale: number): TextSize {
  const large = choice === 'large' || (choice === 'auto' && systemScale >= SYSTEM_LARGE_FROM)
  if (large) return { large, fontScale: Math.max(LARGE_TEXT_SCALE, systemScale), touchScale: LARGE_TOUCH_SCALE }
  return { large, fontScale: systemScale, touchScale: 1 }
}
