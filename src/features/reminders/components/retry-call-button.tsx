import { useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { reportIfNotSaved } from '@/services/save-feedback'
import { newId } from '@/lib/ids'
import { retryCallReminder } from '../model'
import { reminderActions } from '../store'

/** 「10 分钟后提醒我再打」: one tap sets a reminder with the number to call. */
export function RetryCallButton({ call }: { call: { number: string; label: string } }) {
  const [set, setSet] = useState(false)
  if (set) return <View className='bj-preset-reminder__added'>✓ 10 分钟后会提醒你再打</View>
  const add = async () => {
    const now = Date.now()
    if (reportIfNotSaved(await reminderActions.upsert(retryCallReminder(call, newId(now), now)))) setSet(true)
  }
  return (
    <TapButton id='outcome-remind-retry' tone='plain' onTap={() => add()}>
      10 分钟后提醒我再打
    </TapButton>
  )
}
