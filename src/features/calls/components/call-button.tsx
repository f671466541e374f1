import { View } from '@tarojs/components'
import { TapButton, type TapButtonTone } from '@/ui/tap-button'
import { callLabel } from '@/content/call-label'
import { copyNumber, dial, type DialTarget } from '../dial'
import './call-button.scss'

interface CallButtonProps extends DialTarget {
  /** For a second button to the same number on one screen; otherwise `call-<number>`. */
  id?: string
  tone?: TapButtonTone
  /**
   * hero: the big 110 / 96110 buttons; chip: one cell in a grid of banks or airlines;
   * line: one sentence, such as 「拿不准？打 96110 咨询」.
   */
  size?: 'hero' | 'chip' | 'line'
  /** What the number is for (「报警」「咨询」): the hero's second line, and part of every label. */
  role?: string
  /** The sentence a `line` button shows. */
  text?: string
  /** A second line under a `line` button's sentence. */
  caption?: string
  /** What a screen reader says, when the sentence shown says it better than name and number: 「拨打 110 报警」. */
  spoken?: string
}

/** One tap dials; a long press copies the number. The call is written to the call log. */
export function CallButton({ id, number, label, display, tone = 'primary', size = 'hero', role, text, caption, spoken }: CallButtonProps) {
  const shown = display ?? number
  const target = { number, label, display }
  return (
    <TapButton
      id={id ?? `call-${number}`}
      tone={tone}
      className={`bj-call bj-call--${size}`}
      label={spoken ?? callLabel(label, shown, role)}
      onTap={() => dial(target)}
      onLongPress={() => void copyNumber(target)}
    >
      {size === 'hero' ? (
        <>
          <View className='bj-call__number'>{shown}</View>
          <View className='bj-call__caption'>{role ?? label}</View>
        </>
      ) : size === 'line' ? (
        <>
          <View className='bj-call__line'>{text ?? `${label} ${shown}`}</View>
          {caption ? <View className='bj-call__caption'>{caption}</View> : null}
        </>
      ) : (
        <>
          <View className='bj-call__name'>{label}</View>
          <View className='bj-call__digits'>{shown}</View>
        </>
      )}
    </TapButton>
  )
}
