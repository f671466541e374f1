import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useTextSize } from '@/services/text-size-store'
import './more-when-large.scss'

/**
 * Secondary actions: shown as they are at normal size, and folded under 「更多」 in 大字模式, so
 * the screen's main action stays on the first screen when every word is large.
 */
export function MoreWhenLarge({ id, label = '更多', children }: { id: string; label?: string; children: ReactNode }) {
  const { large } = useTextSize()
  const [open, setOpen] = useState(false)
  if (!large) return <>{children}</>
  return (
    <>
      <View
        id={id}
        className='bj-more-when-large'
        hoverClass='is-pressed'
        role='button'
        aria-label={open ? '收起' : `展开${label}`}
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => setOpen(!open)}
      >
        {open ? '收起' : label}
        <View aria-hidden='true'>{open ? '▴' : '▾'}</View>
      </View>
      {open ? children : null}
    </>
  )
}
