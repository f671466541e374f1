import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { CellLink } from '@/ui/cell-link'
import { ScreenText } from '@/ui/screen-text'
import { ROUTES } from '@/lib/routes'
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
 * connected, 「打给女儿」, and a way to note the amount and account to read out. A stop-payment
 * only works if the police get the receiving account at once.
 */
export function CallFirst({ remoteControl, family, script }: CallFirstProps) {
  return (
    <View className='bj-call-first' id='emergency-call-first'>
      <HotlineCall
        id='emergency-110'
        hotlineId='police-110'
        tone='danger'
        size='line'
        text='拨打 110 报警'
        caption='请求紧急止付'
        spoken='拨打 110 报警，请求紧急止付'
      />
      {remoteControl ? (
        <View className='bj-call-first__caution'>
          <ScreenText text='手机可能还被对方控制：身边有别的手机或座机，就用它打。' />
        </View>
      ) : null}
      {script ?? (
        <View className='bj-call-first__say' id='emergency-say'>
          <ScreenText text='接通后说：被骗了多少钱、转到了哪个账户、什么时候转的' />
        </View>
      )}
      {family ? <View className='bj-call-first__family'>{family.call}</View> : null}
      <CellLink
        id='emergency-note'
        title='先记下金额和对方账号'
        description='报警时照着说，也会写进报案材料'
        url={ROUTES.evidenceEdit}
        params={{ quick: '1' }}
      />
    </View>
  )
}
