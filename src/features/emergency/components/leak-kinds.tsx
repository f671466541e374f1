import { useState } from 'react'
import { View } from '@tarojs/components'
import { LEAK_KINDS, type LeakKind } from '@/content/emergency-steps'
import { Chip, ChipRow } from '@/ui/chip'
import { TapButton } from '@/ui/tap-button'

/** 「泄露了什么？」 as multi-select chips; the steps shown follow the answer, which can be changed. */
export function LeakKinds({ chosen, onAnswer }: { chosen?: LeakKind[]; onAnswer: (leaks: LeakKind[]) => void }) {
  const [selected, setSelected] = useState<LeakKind[]>(chosen ?? [])
  const toggle = (kind: LeakKind) =>
    setSelected((current) => (current.includes(kind) ? current.filter((item) => item !== kind) : [...current, kind]))
  return (
    <View className='bj-question-card' id='leak-kinds'>
      <View className='bj-question-card__text'>泄露了什么？（可多选）</View>
      <ChipRow label='泄露了什么' role='group'>
        {LEAK_KINDS.map(({ kind, label }) => (
          <Chip key={kind} id={`leak-${kind}`} role='checkbox' selected={selected.includes(kind)} onTap={() => toggle(kind)}>
            {label}
          </Chip>
        ))}
      </ChipRow>
      <TapButton
        id='leak-kinds-done'
        tone='primary'
        className='bj-question-card__done'
        disabled={selected.length === 0}
        onTap={() => onAnswer(selected)}
      >
        {chosen?.length ? '按新的选择更新步骤' : '看看要做什么'}
      </TapButton>
    </View>
  )
}
