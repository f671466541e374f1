import { Picker, View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import { HOTLINE_GROUP_ORDER } from '@/content/hotline-details'
import { Chip, ChipRow } from '@/ui/chip'
import { FormField } from '@/ui/form-field'
import { TextInput } from '@/ui/text-input'
import { UNVERIFIED_NUMBER_LABEL, callableInGroups, displayNumber, verifiedHotlineFor, type CallableHotline } from '@/features/hotlines'
import { TARGET_HOTLINE_GROUPS, type ReminderDraft } from '../draft'

const DIRECTORY: CallableHotline[] = callableInGroups(HOTLINES, HOTLINE_GROUP_ORDER)

interface ReminderContactFieldProps {
  draft: ReminderDraft
  error?: string
  update: (patch: Partial<ReminderDraft>) => void
}

/**
 * 「要打的电话」: the official numbers for whom the reminder follows up, any number in the directory,
 * or one typed in, which is marked unverified unless the directory knows it.
 */
export function ReminderContactField({ draft, error, update }: ReminderContactFieldProps) {
  const suggested = draft.target ? callableInGroups(HOTLINES, TARGET_HOTLINE_GROUPS[draft.target]) : []
  const typedVerified = verifiedHotlineFor(HOTLINES, draft.contactNumber)
  const choose = (hotline: CallableHotline) => update({ contactNumber: hotline.dial, contactLabel: hotline.name })
  return (
    <FormField
      label='要打的电话（可不填）'
      error={error}
      hint={typedVerified ? `官方电话：${typedVerified.name}` : undefined}
      caution={draft.contactNumber.trim() && !typedVerified ? `会标为“${UNVERIFIED_NUMBER_LABEL}”。不要填对方给你的号码。` : undefined}
      cautionId='reminder-contact-unverified'
    >
      {suggested.length > 0 ? (
        <View className='bj-reminder-editor__official'>
          <ChipRow label='官方电话' role='radiogroup'>
            {suggested.map((hotline) => (
              <Chip
                key={hotline.id}
                id={`reminder-official-${hotline.id}`}
                selected={draft.contactNumber === hotline.dial}
                onTap={() => choose(hotline)}
              >
                {hotline.name} {displayNumber(hotline)}
              </Chip>
            ))}
          </ChipRow>
        </View>
      ) : null}
      <Picker
        mode='selector'
        range={DIRECTORY.map((hotline) => `${hotline.name} ${displayNumber(hotline)}`)}
        onChange={(event) => {
          const hotline = DIRECTORY[Number(event.detail.value)]
          if (hotline) choose(hotline)
        }}
      >
        <View id='reminder-pick-hotline' className='bj-reminder-editor__pick' role='button' aria-label='从全部官方电话里选'>
          从全部官方电话里选
        </View>
      </Picker>
      <TextInput
        id='reminder-contact'
        value={draft.contactNumber}
        placeholder='或者输入号码，例如派出所的电话'
        label='要打的电话'
        onChange={(contactNumber) => update({ contactNumber, contactLabel: '' })}
      />
    </FormField>
  )
}
