import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { dropStaticFirstScreen } from '@/platform/first-screen'
import { setTabBarLargeText } from '@/platform/tab-bar'
import { PrivacySheet } from './privacy-sheet'
import { StorageProblemBanner } from './storage-problem-banner'
import { Guarded } from './guarded'
import { useTextSize } from '@/services/text-size-store'

/** From this text scale on, grids drop to fewer columns so a number like 4008-300-999 still fits. */
const FEWER_COLUMNS_FROM = 1.25

interface PageShellProps {
  className?: string
  /** Off on pages that never touch the case file, such as a warning card opened by a recipient. */
  showStorageProblems?: boolean
  children: ReactNode
}

/**
 * The frame of every page: text and buttons scaled to 大字模式 and WeChat's font size, the storage-problem
 * notice, an error boundary so that a damaged record never blanks the page, and the privacy
 * consent sheet that protected APIs may ask for.
 */
export function PageShell({ className, showStorageProblems = true, children }: PageShellProps) {
  const { large, fontScale, touchScale } = useTextSize()
  // The H5 page's static first screen stays until a page is drawn beneath it.
  useEffect(dropStaticFirstScreen, [])
  useEffect(() => setTabBarLargeText(large), [large])
  const style = { '--bj-font-scale': String(fontScale), '--bj-touch-scale': String(touchScale) } as React.CSSProperties
  return (
    <View
      className={`bj-page${fontScale >= FEWER_COLUMNS_FROM ? ' bj-page--large-text' : ''}${large ? ' bj-page--elder' : ''}${className ? ` ${className}` : ''}`}
      style={style}
    >
      {showStorageProblems ? <StorageProblemBanner /> : null}
      <Guarded what='这一页'>{children}</Guarded>
      <PrivacySheet />
    </View>
  )
}
