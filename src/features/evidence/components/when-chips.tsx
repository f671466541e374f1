import { useState } from 'react'
import { View } from '@tarojs/components'
import { Chip, ChipRow } from '@/components/chip'
import { DateTimeField } from '@/components/date-time-field'
import { formatDateTime } from '@/lib/time'
import { WHEN_CHOICES } from '../model'

/**
 * 「什么时候」 the way people remember it: 刚才, 10 分钟前… or a time picked. Nothing is chosen at
 * first: a guessed 「现在」 would put a wrong time into the police report.
 */
export function WhenChips({ value, onChange }: { value: number; onChange: (at: number) => void }) {
  const [chosen, setChosen] = useState<string>()
  const picking = chosen === 'pick' || chosen === 'earlier-today'
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
              const at = choice.at(Date.now())
              if (at !== undefined) onChange(at)
            }}
          >
            {choice.label}
          </Chip>
        ))}
      </ChipRow>
      {picking ? <DateTimeField idPrefix='evidence' value={Number.isFinite(value) ? value : Date.now()} maxDate={Date.now()} onChange={onChange} /> : null}
      {Number.isFinite(value) && !picking ? <View className='bj-field__hint'>记为 {formatDateTime(value)}</View> : null}
    </View>
  )
}
