import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { spokenText } from './tap-button'
import './form.scss'

interface ChipProps {
  id?: string
  selected?: boolean
  /** radio and checkbox chips say whether they are chosen; a button chip acts at once. */
  role?: 'radio' | 'checkbox' | 'button'
  /** What a screen reader says; the chip's text when that is one string. */
  label?: string
  onTap: () => void
  children: ReactNode
}

/** A choice the user taps: at least 88rpx tall, highlighted when chosen. */
export function Chip({ id, selected = false, role = 'radio', label, onTap, children }: ChipProps) {
  const state = role === 'button' ? {} : { 'aria-checked': selected ? 'true' : 'false' }
  return (
    <View
      id={id}
      className={`bj-chip${selected ? ' bj-chip--on' : ''}`}
      role={role}
      aria-label={label ?? spokenText(children)}
      {...state}
      onClick={onTap}
    >
      {children}
    </View>
  )
}

/** A row of chips that wraps. */
export function ChipRow({ label, role, children }: { label: string; role?: 'radiogroup' | 'group'; children: ReactNode }) {
  return (
    <View className='bj-chip-row' role={role ?? 'group'} aria-label={label}>
      {children}
    </View>
  )
}
