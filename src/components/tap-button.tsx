import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './tap-button.scss'

export type TapButtonTone = 'danger' | 'primary' | 'success' | 'plain'

interface TapButtonProps {
  id?: string
  tone?: TapButtonTone
  /**
   * Read by screen readers instead of the visible text, and needed when the text alone is unclear or
   * is not one string (「110」 alone says nothing of what the tap does). Text children are the default.
   */
  label?: string
  className?: string
  disabled?: boolean
  onTap: () => void
  onLongPress?: () => void
  children: ReactNode
}

/** Plain text children, as a screen reader should hear them; nothing for anything richer. */
export function spokenText(children: ReactNode): string | undefined {
  return typeof children === 'string' && children.trim() !== '' ? children : undefined
}

/**
 * The app's button: a large, high-contrast block at least 88rpx tall.
 * A View rather than a native button, so WeChat adds no border or padding of its own.
 */
export function TapButton({ id, tone = 'primary', label, className, disabled, onTap, onLongPress, children }: TapButtonProps) {
  return (
    <View
      id={id}
      className={`bj-tap bj-tap--${tone}${disabled ? ' bj-tap--disabled' : ''}${className ? ` ${className}` : ''}`}
      hoverClass={disabled ? 'none' : 'is-pressed'}
      role='button'
      aria-label={label ?? spokenText(children)}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={disabled ? undefined : onTap}
      onLongPress={onLongPress}
    >
      {children}
    </View>
  )
}
