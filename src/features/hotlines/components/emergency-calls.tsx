import { View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import { CallButton } from '@/features/calls/components/call-button'
import { callableHotline } from '../model'
import './emergency-calls.scss'

/** 110 and 96110 side by side, each one tap from dialling. */
export function EmergencyCalls() {
  const police = callableHotline(HOTLINES, 'police-110')
  const antiFraud = callableHotline(HOTLINES, 'anti-fraud-96110')
  return (
    <View className='bj-emergency-calls'>
      <CallButton tone='danger' number={police.dial} label={police.name} caption='报警' />
      <CallButton tone='primary' number={antiFraud.dial} label={antiFraud.name} caption='反诈专线' />
    </View>
  )
}
