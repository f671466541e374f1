import { useRef, type ReactNode } from 'react'
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
  /** Return the promise of anything that writes: further taps are ignored until it settles. */
  onTap: () => unknown
  onLongPress?: () => void
  children: ReactNode
}

/** Plain text children, as a screen reader should hear them; nothing for anything richer. */
export function spokenText(children: ReactNode): string | undefined {
  return typeof children === 'string' && children.trim() !== '' ? children : undefined
}

/**
 * Every tap is single-flight: while the action's promise runs, further taps do nothing, so a
 * double tap, or an impatient third one during a slow write, never saves or adds twice.
 */
function useSingleTap(onTap: () => unknown): () => void {
  const running = useRef(false)
  return () => {
    if (running.current) return
    const result = onTap()
    if (!(result instanceof Promise)) return
    running.current = true
    void result
      .catch(() => undefined)
      .finally(() => {
        running.current = false
      })
  }
}

/**
 * The app's button: a large, high-contrast block at least 88rpx tall.
 * A View rather than a native button, so WeChat adds no border or padding of its own.
 */
export function TapButton({ id, tone = 'primary', label, className, disabled, onTap, onLongPress, children }: TapButtonProps) {
  const tap = useSingleTap(onTap)
  return (
    <View
      id={id}
      className={`bj-tap bj-tap--${tone}${disabled ? ' bj-tap--disabled' : ''}${className ? ` ${className}` : ''}`}
      hoverClass={disabled ? 'none' : 'is-pressed'}
      role='button'
      aria-label={label ?? spokenText(children)}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={disabled ? undefined : tap}
      onLongPress={onLongPress}
    >
      {children}
    </View>
  )
}
