import { View } from '@tarojs/components'
import { TapButton } from './tap-button'
import './draft-restored-notice.scss'

/** Says that the form shows what was typed before, and offers to start again. */
export function DraftRestoredNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <View className='bj-draft-notice' role='status'>
      <View className='bj-draft-notice__text'>已恢复你上次没保存的内容。</View>
      <TapButton id='draft-discard' tone='plain' className='bj-draft-notice__discard' onTap={onDiscard}>
        不要了，重新填
      </TapButton>
    </View>
  )
}
