import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { ScreenText } from '@/components/screen-text'
import { HotlineCall } from '@/features/hotlines'
import type { FamilySlot } from './step-card'

interface CallFirstProps {
  /** The user said the scammer had the screen shared or an app installed: call from another phone if one is near. */
  remoteControl?: boolean
  family?: FamilySlot
  /** What to read out once connected, from the case's notes (the page passes it); a plain line until a note holds it. */
  script?: ReactNode
}

/**
 * The top of 「我被骗了」, before any question: 110 across the whole width, what to say once
 * connected, and 「打给女儿」. A stop-payment only works if the police get the account at once.
 */
export function CallFirst({ remoteControl, family, script }: CallFirstProps) {
  return (
    <View className='bj-call-first' id='call-first'>
      <HotlineCall id='call-first-110' hotlineId='police-110' tone='danger' size='line' text='拨打 110 报警' caption='请求紧急止付' spoken='拨打 110 报警，请求紧急止付' />
      {remoteControl ? (
        <View className='bj-call-first__caution'>
          <ScreenText text='手机可能还被对方控制：身边有别的手机或座机，就用它打。' />
        </View>
      ) : null}
      {script ?? (
        <View className='bj-call-first__say' id='call-first-say'>
          <ScreenText text='接通后说：被骗了多少钱、转到了哪个账户、什么时候转的' />
        </View>
      )}
      {family ? <View className='bj-call-first__family'>{family.call}</View> : null}
    </View>
  )
}
