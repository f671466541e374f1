import { useMemo, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { systemFontScale } from '@/platform/system'
import { PrivacySheet } from './privacy-sheet'
import { StorageProblemBanner } from './storage-problem-banner'

interface PageShellProps {
  className?: string
  /** Off on pages that never touch the case file, such as a warning card opened by a recipient. */
  showStorageProblems?: boolean
  children: ReactNode
}

/**
 * The frame of every page: text scaled to the user's WeChat font size, the storage-problem
 * notice, and the privacy consent sheet that protected APIs may ask for.
 */
export function PageShell({ className, showStorageProblems = true, children }: PageShellProps) {
  const fontScale = useMemo(systemFontScale, [])
  return (
    <View className={`bj-page${className ? ` ${className}` : ''}`} style={{ '--bj-font-scale': String(fontScale) } as React.CSSProperties}>
      {showStorageProblems ? <StorageProblemBanner /> : null}
      {children}
      <PrivacySheet />
    </View>
  )
}
