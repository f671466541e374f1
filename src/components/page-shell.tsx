import { useMemo, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { systemFontScale } from '@/platform/system'
import { PrivacySheet } from './privacy-sheet'
import { StorageProblemBanner } from './storage-problem-banner'
import { Guarded } from './guarded'

/** From this text scale on, grids drop to fewer columns so a number like 4008-300-999 still fits. */
const LARGE_TEXT_SCALE = 1.25

interface PageShellProps {
  className?: string
  /** Off on pages that never touch the case file, such as a warning card opened by a recipient. */
  showStorageProblems?: boolean
  children: ReactNode
}

/**
 * The frame of every page: text scaled to the user's WeChat font size, the storage-problem
 * notice, an error boundary so that a damaged record never blanks the page, and the privacy
 * consent sheet that protected APIs may ask for.
 */
export function PageShell({ className, showStorageProblems = true, children }: PageShellProps) {
  const fontScale = useMemo(systemFontScale, [])
  return (
    <View className={`bj-page${fontScale >= LARGE_TEXT_SCALE ? ' bj-page--large-text' : ''}${className ? ` ${className}` : ''}`} style={{ '--bj-font-scale': String(fontScale) } as React.CSSProperties}>
      {showStorageProblems ? <StorageProblemBanner /> : null}
      <Guarded what='这一页'>{children}</Guarded>
      <PrivacySheet />
    </View>
  )
}
