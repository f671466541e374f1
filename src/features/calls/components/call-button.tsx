import { View } from '@tarojs/components'
import { TapButton, type TapButtonTone } from '@/components/tap-button'
import { copyNumber, dial, type DialTarget } from '../dial'
import './call-button.scss'

interface CallButtonProps extends DialTarget {
  tone?: TapButtonTone
  /** hero: the big 110 / 96110 buttons; chip: one cell in a grid of banks or airlines. */
  size?: 'hero' | 'chip'
  /** A second line under the number, e.g. 「报警」. */
  caption?: string
}

/** One tap dials; a long press copies the number. The call is written to the call log. */
export function CallButton({ number, label, display, tone = 'primary', size = 'hero', caption }: CallButtonProps) {
  const shown = display ?? number
  const target = { number, label, display }
  return (
    <TapButton
      id={`call-${number}`}
      tone={tone}
      className={`bj-call bj-call--${size}`}
      label={`拨打${label} ${shown}`}
      onTap={() => void dial(target)}
      onLongPress={() => void copyNumber(target)}
    >
      {size === 'hero' ? (
        <>
          <View className='bj-call__number'>{shown}</View>
          <View className='bj-call__caption'>{caption ?? label}</View>
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
