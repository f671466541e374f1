import { View } from '@tarojs/components'
import { ScreenText } from '@/ui/screen-text'
import type { HotlineEntry } from '@/content/types'
import { copyNumber, dial } from '@/features/calls'
import { displayNumber, isCallable } from '../model'
import { STATUS_LABELS, verifiedLabel } from '../directory'
import { copyChannel } from './channel-copy'
import './hotline-row.scss'

/** One entry of the directory. Tap to call, long-press to copy; entries without a number show their channel. */
export function HotlineRow({ hotline }: { hotline: HotlineEntry }) {
  const callable = isCallable(hotline)
  const shown = callable ? displayNumber(hotline) : undefined
  const target = callable ? { number: hotline.dial, label: hotline.name, display: shown } : undefined
  const onTap = target ? () => void dial(target) : undefined
  const onLongPress = target
    ? () => void copyNumber(target)
    : hotline.channel
      ? () => void copyChannel(hotline.channel as string)
      : undefined
  return (
    <View
      id={`hotline-${hotline.id}`}
      className={`bj-hotline${callable ? ' bj-hotline--callable' : ''}`}
      hoverClass={callable ? 'is-pressed' : 'none'}
      role={callable ? 'button' : undefined}
      aria-label={callable ? `拨打${hotline.name}${hotline.role ? `（${hotline.role}）` : ''} ${shown}` : undefined}
      onClick={onTap}
      onLongPress={onLongPress}
    >
      <View className='bj-hotline__head'>
        <View className='bj-hotline__name'>{hotline.name}</View>
        <View className={`bj-hotline__status bj-hotline__status--${hotline.status}`}>{STATUS_LABELS[hotline.status]}</View>
      </View>
      {shown ? <View className='bj-hotline__number'>{shown}</View> : null}
      {hotline.channel ? <View className='bj-hotline__channel'>{hotline.channel}</View> : null}
      <View className='bj-hotline__purpose'>{hotline.purpose}</View>
      {hotline.note ? (
        <View className='bj-hotline__note'>
          <ScreenText text={hotline.note} />
        </View>
      ) : null}
      <View className='bj-hotline__verified'>{verifiedLabel(hotline.verifiedAt)}</View>
    </View>
  )
}
