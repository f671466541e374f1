import { useState } from 'react'
import { View } from '@tarojs/components'
import type { LetterId } from '@/content/plan-steps'
import { DraftRestoredNotice } from '@/ui/draft-restored-notice'
import { saveFailedMessage } from '@/services/save-feedback'
import { useStoredDraft } from '@/services/use-stored-draft'
import { TextInput } from '@/ui/text-input'
import { LETTER_FIELDS, checkLetterDetail, type LetterDetails } from '../letters'
import { planActions } from '../store'

type Typed = Record<keyof LetterDetails, string>

const EMPTY: Typed = {
  ownerName: '',
  ownerPhone: '',
  ownerIdNumber: '',
  sourceName: '',
  accountOrOrder: '',
  bankName: '',
  cardNumber: '',
  receiptNumber: '',
}

/**
 * The details a letter needs, typed once for every letter. What is typed stays on screen and in a
 * stored draft; only a value that passes its check goes into the letter, and a failed save says so.
 */
export function LetterFields({ letterId, saved }: { letterId: LetterId; saved: Partial<LetterDetails> }) {
  const typed = useStoredDraft<Typed>('letter-details', { ...EMPTY, ...saved })
  const [errors, setErrors] = useState<Partial<Record<keyof LetterDetails, string>>>({})

  const change = async (field: keyof LetterDetails, input: string) => {
    typed.update({ [field]: input } as Partial<Typed>)
    const checked = checkLetterDetail(field, input)
    if (!checked.ok) {
      setErrors((current) => ({ ...current, [field]: checked.message }))
      return
    }
    const written = await planActions.setDetail(field, checked.value)
    setErrors((current) => ({ ...current, [field]: written.ok ? undefined : saveFailedMessage(written) }))
  }

  return (
    <>
      {typed.restored ? <DraftRestoredNotice onDiscard={() => void typed.discard()} /> : null}
      {LETTER_FIELDS.filter((entry) => entry.letters.includes(letterId)).map((entry) => (
        <View className='bj-letter__field' key={entry.field}>
          <View className='bj-letter__label'>{entry.label}</View>
          <TextInput
            id={`letter-${entry.field}`}
            value={typed.value[entry.field]}
            label={entry.label}
            onChange={(value) => void change(entry.field, value)}
          />
          {errors[entry.field] ? (
            <View className='bj-letter__error' role='alert'>
              {errors[entry.field]}
            </View>
          ) : null}
        </View>
      ))}
    </>
  )
}
