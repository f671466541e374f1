import { useState } from 'react'
import { View } from '@tarojs/components'
import { Chip, ChipRow } from '@/ui/chip'
import { DateTimeField } from '@/ui/date-time-field'
import { formatDateTime } from '@/lib/time'
import { WHEN_CHOICES } from '../model'

/**
 * 「什么时候」 the way people remember it: 刚才, 10 分钟前, 前几天… or a time picked. Nothing is chosen at
 * first: a guessed 「现在」 would put a wrong time into the police report. A chip that opens the
 * pickers sets the time they show, so what is on screen is what is saved.
 */
export function WhenChips({ value, onChange }: { value: number; onChange: (at: number) => void }) {
  const [chosen, setChosen] = useState<string>()
  const picking = WHEN_CHOICES.some((choice) => choice.id === chosen && choice.pick) && Number.isFinite(value)
  return (
    <View>
      <ChipRow label='什么时候' role='radiogroup'>
        {WHEN_CHOICES.map((choice) => (
          <Chip
            key={choice.id}
            id={`when-${choice.id}`}
            selected={chosen === choice.id}
            onTap={() => {
              setChosen(choice.id)
              onChange(choice.at(Date.now()))
            }}
          >
            {choice.label}
          </Chip>
        ))}
      </ChipRow>
      {picking ? <DateTimeField idPrefix='evidence' value={value} maxDate={Date.now()} onChange={onChange} /> : null}
      {Number.isFinite(value) && !picking ? <View className='bj-field__hint'>记为 {formatDateTime(value)}</View> : null}
    </View>
  )
}
