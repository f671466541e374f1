import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { makePhoneCall } from '@/platform/phone'
import { copyNumber } from '@/features/calls'
import { phoneLabel } from '@/lib/phone-number'
import { callFamilyLabel, type FamilyContact } from '../model'
import { useFamilyContact } from '../store'
import './family.scss'

/**
 * Straight to the dialler. Not written to the call log: the log goes into the report pack, and
 * this number stays on the phone.
 */
async function callFamily(contact: FamilyContact): Promise<void> {
  const called = await makePhoneCall(contact.phone)
  if (!called.ok && called.reason !== 'cancelled') await copyNumber({ number: contact.phone, label: callFamilyLabel(contact) })
}

/** 「打给女儿」 beside 110 and 96110, when the user has set a family contact. Nothing otherwise. */
export function CallFamilyButton() {
  const contact = useFamilyContact()
  if (!contact) return null
  const label = callFamilyLabel(contact)
  return (
    <TapButton
      id='call-family'
      tone='plain'
      className='bj-family-call'
      label={`${label}：你自己填写的号码 ${phoneLabel(contact.phone)}`}
      onTap={() => callFamily(contact)}
    >
      <View className='bj-family-call__title'>{label}</View>
      <View className='bj-family-call__number'>你填写的家人号码 {phoneLabel(contact.phone)}</View>
    </TapButton>
  )
}
