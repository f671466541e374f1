import { View } from '@tarojs/components'
import { HOME_ENTRY } from '@/content/home-entry'
import { HotlineCall } from './hotline-call'
import './emergency-calls.scss'

/** 110 to report and 96110 to ask, side by side, each one tap from dialling. */
export function EmergencyCalls() {
  return (
    <View className='bj-emergency-calls'>
      <HotlineCall hotlineId={HOME_ENTRY.callIds[0]} tone='danger' />
      <HotlineCall hotlineId={HOME_ENTRY.callIds[1]} tone='primary' />
    </View>
  )
}
