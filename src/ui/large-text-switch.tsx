import { View } from '@tarojs/components'
import { reportIfNotSaved } from '@/services/save-feedback'
import { setLargeText, useTextSize } from '@/services/text-size-store'
import './large-text-switch.scss'

/**
 * 「大字模式」 on or off. On home's first screen, so a son or daughter setting the app up for a
 * parent finds it at once, and in settings. It starts on by itself when WeChat's text is already large.
 */
export function LargeTextSwitch({ id }: { id: string }) {
  const { large } = useTextSize()
  return (
    <View
      id={id}
      className={`bj-large-switch${large ? ' bj-large-switch--on' : ''}`}
      hoverClass='is-pressed'
      role='switch'
      aria-checked={large ? 'true' : 'false'}
      aria-label='大字模式'
      onClick={() => void setLargeText(!large).then(reportIfNotSaved)}
    >
      <View className='bj-large-switch__label'>大字模式</View>
      <View className='bj-large-switch__track' aria-hidden='true'>
        <View className='bj-large-switch__state'>{large ? '开' : '关'}</View>
      </View>
    </View>
  )
}
