import { useState } from 'react'
import { View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import { FormField } from '@/ui/form-field'
import { TextInput } from '@/ui/text-input'
import { Chip, ChipRow } from '@/ui/chip'
import { TapButton } from '@/ui/tap-button'
import { saveFailedMessage } from '@/services/save-feedback'
import { showToast } from '@/platform/feedback'
import { checkFamilyContact, RELATION_CHOICES, type FamilyContact } from '../model'
import { familyActions } from '../store'
import './family.scss'

/** Every number in the verified directory, as dialled: none of them may be saved as a relative. */
const OFFICIAL_NUMBERS = HOTLINES.flatMap((hotline) => (hotline.dial ? [hotline.dial] : []))

interface FamilyContactFormProps {
  initial?: FamilyContact
  /**
   * Before saving: the saved contact shows at once and goes back if the save fails, so the parent
   * must keep this form on screen until `onSaved`, or what was typed would be lost.
   */
  onSaving?: () => void
  /** After a successful save. */
  onSaved?: () => void
}

/**
 * 「紧急时联系的家人」: a name or relation and a number, typed or pasted (mini-programs cannot read
 * the phone's contacts). A refused number or a failed save keeps what was typed, with the reason.
 */
export function FamilyContactForm({ initial, onSaving, onSaved }: FamilyContactFormProps) {
  const [relation, setRelation] = useState(initial?.relation ?? '')
  const [phone, setPhone] = useState(initial?.phone ?? '')
  const [error, setError] = useState<{ field: 'relation' | 'phone' | 'save'; message: string } | null>(null)

  const save = async () => {
    const checked = checkFamilyContact(relation, phone, OFFICIAL_NUMBERS)
    if (!checked.ok) return setError({ field: checked.field, message: checked.message })
    onSaving?.()
    const saved = await familyActions.save(checked.contact)
    if (!saved.ok) return setError({ field: 'save', message: saveFailedMessage(saved) })
    setError(null)
    setPhone(checked.contact.phone)
    showToast('已保存', 'success')
    onSaved?.()
  }

  return (
    <View className='bj-family-form'>
      <FormField label='怎么称呼（可不填）' error={error?.field === 'relation' ? error.message : undefined}>
        <TextInput id='family-relation' value={relation} placeholder='如 女儿、老伴、小明' label='家人的称呼' onChange={setRelation} />
        <ChipRow label='常用称呼' role='radiogroup'>
          {RELATION_CHOICES.map((choice) => (
            <Chip key={choice} id={`family-relation-${choice}`} selected={relation === choice} onTap={() => setRelation(choice)}>
              {choice}
            </Chip>
          ))}
        </ChipRow>
      </FormField>
      <FormField
        label='手机或座机号码'
        error={error?.field === 'phone' ? error.message : undefined}
        hint='小程序读不到通讯录，请手动输入或粘贴；可以带 +86、空格或横线'
      >
        <TextInput id='family-phone' value={phone} placeholder='家人自己的号码' label='家人的电话号码' onChange={setPhone} />
      </FormField>
      {error?.field === 'save' ? (
        <View id='family-save-error' className='bj-family-form__error' role='alert'>
          {error.message}
        </View>
      ) : null}
      <TapButton id='family-save' tone='primary' onTap={() => save()}>
        保存
      </TapButton>
    </View>
  )
}
