import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import './why-fold.scss'

/**
 * 「为什么」 under a step: the reasons and the legal basis stay folded, so the step itself reads as
 * one thing to do. Opened per step, and closed again on a second tap.
 */
export function WhyFold({ id, children }: { id: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <View
        id={id}
        className='bj-why__toggle'
        role='button'
        aria-label={open ? '收起为什么' : '为什么要这样做'}
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => setOpen(!open)}
      >
        为什么{open ? '（收起）' : ''}
      </View>
      {open ? <View className='bj-why'>{children}</View> : null}
    </>
  )
}
