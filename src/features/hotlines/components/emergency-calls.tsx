import { View } from '@tarojs/components'
import { HotlineCall } from './hotline-call'
import './emergency-calls.scss'

/** 110 to report and 96110 to ask, side by side, each one tap from dialling. */
export function EmergencyCalls() {
  return (
    <View className='bj-emergency-calls'>
      <HotlineCall hotlineId='police-110' tone='danger' />
      <HotlineCall hotlineId='anti-fraud-96110' tone='primary' />
    </View>
  )
}
