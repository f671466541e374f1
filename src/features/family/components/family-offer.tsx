import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { reportIfNotSaved } from '@/services/save-feedback'
import { useHydrated } from '@/ui/use-hydrated'
import { navigate } from '@/services/navigate'
import { ROUTES } from '@/lib/routes'
import { familyActions, useFamily } from '../store'
import './family-offer.scss'

/**
 * Offered once, after the first emergency: a family member to call next time. 「现在填」 opens the
 * form in settings (in a subpackage, so home stays small). Gone for good once a contact is saved
 * or the user says 「不用了」.
 */
export function FamilyOffer({ afterEmergency }: { afterEmergency: boolean }) {
  const hydrated = useHydrated(useFamily)
  const { contact, offerDeclinedAt } = useFamily()
  if (!afterEmergency || !hydrated || contact || offerDeclinedAt !== undefined) return null
  return (
    <View id='family-offer' className='bj-card bj-family-offer'>
      <View className='bj-family-offer__title'>要不要留一个家人的电话？</View>
      <View className='bj-muted'>出事时，急救页上会有一键“打给家人”。号码只存在这部手机上。</View>
      <View className='bj-family-offer__actions'>
        <TapButton id='family-offer-fill' tone='primary' onTap={() => navigate(ROUTES.settings)}>
          现在填
        </TapButton>
        <TapButton id='family-offer-decline' tone='plain' onTap={() => familyActions.declineOffer(Date.now()).then(reportIfNotSaved)}>
          不用了
        </TapButton>
      </View>
    </View>
  )
}
