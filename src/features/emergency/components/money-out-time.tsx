import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { Chip, ChipRow } from '@/ui/chip'
import { DateTimeField } from '@/ui/date-time-field'
import { useNow } from '@/ui/use-now'
import { MONEY_OUT_CHOICES, sinceMoneyOut } from '../model'

interface MoneyOutTimeProps {
  moneyOutAt?: number
  /** Under the time once it is answered: what to do about it now. */
  next?: ReactNode
  onAnswer: (at: number) => void
}

/**
 * 「钱是什么时候转出去的？」 Once answered: 「转账已过 35 分钟」 and why reporting early matters. The
 * answer is the case's 事发时间; it can be changed. No countdown: the facts give no deadline for the victim.
 */
export function MoneyOutTime({ moneyOutAt, next, onAnswer }: MoneyOutTimeProps) {
  // Re-rendered every 30 s, and at once when the answer changes, so the minutes are never behind.
  const now = Math.max(useNow(30_000), Date.now())
  const [picking, setPicking] = useState(false)
  const [picked, setPicked] = useState(() => moneyOutAt ?? Date.now())
  if (moneyOutAt !== undefined && !picking) {
    return (
      <View className='bj-money-out'>
        <View id='money-out-since' className='bj-money-out__since'>
          {sinceMoneyOut(moneyOutAt, now)}
        </View>
        {next}
        <View
          id='money-out-change'
          className='bj-money-out__change'
          role='button'
          aria-label='改转出钱的时间'
          onClick={() => setPicking(true)}
        >
          改时间
        </View>
      </View>
    )
  }
  return (
    <View className='bj-money-out'>
      <View className='bj-money-out__question'>钱是什么时候转出去的？</View>
      <ChipRow label='钱是什么时候转出去的' role='radiogroup'>
        {MONEY_OUT_CHOICES.map((choice) => (
          <Chip
            key={choice.id}
            id={`money-out-${choice.id}`}
            selected={false}
            onTap={() => {
              if (choice.minutesAgo === undefined) return setPicking(true)
              setPicking(false)
              onAnswer(Date.now() - choice.minutesAgo * 60_000)
            }}
          >
            {choice.label}
          </Chip>
        ))}
      </ChipRow>
      {picking ? (
        <View className='bj-money-out__picker'>
          <DateTimeField idPrefix='money-out' value={picked} maxDate={Date.now()} onChange={setPicked} />
          <TapButton
            id='money-out-confirm'
            tone='plain'
            onTap={() => {
              setPicking(false)
              onAnswer(picked)
            }}
          >
            用这个时间
          </TapButton>
        </View>
      ) : null}
    </View>
  )
}
