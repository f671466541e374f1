import { useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/components/tap-button'
import { reportIfNotSaved } from '@/components/save-feedback'
import { useHydrated } from '@/components/use-hydrated'
import { familyActions, useFamily } from '../store'
import { FamilyContactForm } from './family-contact-form'
import './family.scss'

/**
 * Offered once, after the first emergency: a family member to call next time. Gone for good once
 * a contact is saved or the user says 「不用了」.
 */
export function FamilyOffer({ afterEmergency }: { afterEmergency: boolean }) {
  const hydrated = useHydrated(useFamily)
  const { contact, offerDeclinedAt } = useFamily()
  const [filling, setFilling] = useState(false)
  // Kept on screen while filling in: a save that fails must not take the form away.
  if (!afterEmergency || !hydrated || (contact && !filling) || offerDeclinedAt !== undefined) return null
  return (
    <View id='family-offer' className='bj-card bj-family-offer'>
      <View className='bj-family-offer__title'>要不要留一个家人的电话？</View>
      <View className='bj-muted'>出事时，急救页上会有一键“打给家人”。号码只存在这部手机上。</View>
      {filling ? (
        <FamilyContactForm onSaved={() => setFilling(false)} />
      ) : (
        <View className='bj-family-offer__actions'>
          <TapButton id='family-offer-fill' tone='primary' onTap={() => setFilling(true)}>
            现在填
          </TapButton>
          <TapButton id='family-offer-decline' tone='plain' onTap={() => void familyActions.declineOffer(Date.now()).then(reportIfNotSaved)}>
            不用了
          </TapButton>
        </View>
      )}
    </View>
  )
}
