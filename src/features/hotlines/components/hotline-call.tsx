import { HOTLINES } from '@/content/hotlines'
import type { TapButtonTone } from '@/ui/tap-button'
import { CallButton } from '@/features/calls'
import { callableHotline, displayNumber } from '../model'

interface HotlineCallProps {
  /** For a second button to the same number on one screen. */
  id?: string
  /** A hotline id from content/hotlines.ts: the only way a screen names a number to call. */
  hotlineId: string
  tone?: TapButtonTone
  size?: 'hero' | 'chip' | 'line'
  /** For a `line` button, the sentence it shows, e.g. 「拿不准？打 96110 咨询」. */
  text?: string
  /** A second line under a `line` button's sentence. */
  caption?: string
  /** What a screen reader says instead of name and number. */
  spoken?: string
}

/** A call button for one directory entry, labelled with what the number is for. */
export function HotlineCall({ id, hotlineId, tone = 'primary', size = 'hero', text, caption, spoken }: HotlineCallProps) {
  const hotline = callableHotline(HOTLINES, hotlineId)
  return (
    <CallButton
      id={id}
      tone={tone}
      size={size}
      number={hotline.dial}
      label={hotline.name}
      display={displayNumber(hotline)}
      role={hotline.role}
      text={text}
      caption={caption}
      spoken={spoken}
    />
  )
}
