import { View } from '@tarojs/components'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { HOME_ENTRY } from '@/content/home-entry'
import { TapButton } from '@/ui/tap-button'
import { ROUTES } from '@/lib/routes'
import { navigate } from '@/services/navigate'
import { EmergencyCalls } from '@/features/hotlines'
import './emergency-entry.scss'

const openEmergency = (variant: EmergencyVariant) => navigate(ROUTES.emergency, { variant })

/** The top of the home screen: the two ways in, and 110 / 96110 always one tap away. */
export function EmergencyEntry() {
  return (
    <View className='bj-entry'>
      <TapButton
        id='open-scammed'
        tone='danger'
        className='bj-entry__scammed'
        label={`${HOME_ENTRY.scammed.title}：${HOME_ENTRY.scammed.caption}`}
        onTap={() => openEmergency('scammed')}
      >
        <View className='bj-entry__scammed-title'>{HOME_ENTRY.scammed.title}</View>
        <View className='bj-entry__scammed-caption'>{HOME_ENTRY.scammed.caption}</View>
      </TapButton>
      <View className='bj-entry__calls'>
        <EmergencyCalls />
      </View>
      <TapButton
        id='open-leaked'
        tone='plain'
        className='bj-entry__leaked'
        label={`${HOME_ENTRY.leaked.title}：${HOME_ENTRY.leaked.caption}`}
        onTap={() => openEmergency('leaked')}
      >
        <View className='bj-entry__leaked-title'>{HOME_ENTRY.leaked.title}</View>
        <View className='bj-entry__leaked-caption'>{HOME_ENTRY.leaked.caption}</View>
      </TapButton>
    </View>
  )
}
