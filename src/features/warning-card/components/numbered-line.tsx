import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './warning-card.scss'

/** 「1. …」 with the number hanging in the margin, so a wrapped line starts under the text. */
export function NumberedLine({ number, className, children }: { number: number; className: string; children: ReactNode }) {
  return (
    <View className={`bj-numbered ${className}`}>
      <View className='bj-numbered__marker' aria-hidden='true'>
        {number}.
      </View>
      {children}
    </View>
  )
}
