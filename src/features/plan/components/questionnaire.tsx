import { useState } from 'react'
import { View } from '@tarojs/components'
import { PAYMENT_METHODS, SITUATIONS, type PaymentMethod } from '@/content/plan-steps'
import { TapButton } from '@/components/tap-button'
import { TextInput } from '@/components/text-input'
import { DraftRestoredNotice } from '@/components/draft-restored-notice'
import { useSingleFlight } from '@/components/use-single-flight'
import { useStoredDraft } from '@/components/use-stored-draft'
import { AMOUNT_INPUT_TYPE } from '@/platform/system'
import { answersFromDraft, type AnswersDraft, type PlanAnswers } from '../model'
import './plan.scss'

interface ChoiceProps {
  id: string
  selected: boolean
  label: string
  onSelect: () => void
  role?: 'radio' | 'checkbox'
}

function Choice({ id, selected, label, onSelect, role = 'radio' }: ChoiceProps) {
  return (
    <View id={id} className={`bj-choice${selected ? ' bj-choice--on' : ''}`} role={role} aria-label={label} aria-checked={selected ? 'true' : 'false'} onClick={onSelect}>
      {selected ? '✓ ' : ''}
      {label}
    </View>
  )
}

function YesNo({ id, value, onChange }: { id: string; value?: boolean; onChange: (value: boolean) => void }) {
  return (
    <View className='bj-choice-row'>
      <Choice id={`${id}-yes`} selected={value === true} label='是' onSelect={() => onChange(true)} />
      <Choice id={`${id}-no`} selected={value === false} label='否' onSelect={() => onChange(false)} />
    </View>
  )
}

/** The yes-or-no questions after the first two, in the order they are asked. */
const YES_NO_QUESTIONS: { field: 'codeGiven' | 'remoteApp' | 'sourceKnown'; id: string; title: string }[] = [
  { field: 'codeGiven', id: 'code-given', title: '有没有把验证码或密码告诉对方？' },
  { field: 'remoteApp', id: 'remote-app', title: '有没有按对方说的装 App、开屏幕共享？' },
  { field: 'sourceKnown', id: 'source-known', title: '知道是哪一方泄露了你的信息吗？' },
]

/** A few questions, all taps except the amount; the plan is built from the answers. */
export function Questionnaire({ initial, onDone }: { initial: AnswersDraft; onDone: (answers: PlanAnswers) => Promise<boolean> }) {
  const stored = useStoredDraft('plan-answers', initial)
  const draft = stored.value
  const [errors, setErrors] = useState<Record<string, string>>({})
  const update = stored.update
  const togglePayment = (method: PaymentMethod) =>
    update({ payments: draft.payments.includes(method) ? draft.payments.filter((item) => item !== method) : [...draft.payments, method] })

  const submit = useSingleFlight(async () => {
    const checked = answersFromDraft(draft)
    if (!checked.ok) {
      setErrors(checked.errors)
      return false
    }
    const done = await onDone(checked.answers)
    if (done) await stored.clear()
    return done
  })

  return (
    <View className='bj-questionnaire'>
      {stored.restored ? <DraftRestoredNotice onDiscard={() => void stored.discard()} /> : null}
      <View className='bj-question'>
        <View className='bj-question__title'>1. 发生了什么？</View>
        {SITUATIONS.map((entry) => (
          <Choice key={entry.situation} id={`situation-${entry.situation}`} selected={draft.situation === entry.situation} label={entry.label} onSelect={() => update({ situation: entry.situation })} />
        ))}
        {errors.situation ? <View className='bj-question__error'>{errors.situation}</View> : null}
      </View>

      <View className='bj-question'>
        <View className='bj-question__title'>2. 有没有转出钱？</View>
        <YesNo id='money-lost' value={draft.moneyLost} onChange={(moneyLost) => update({ moneyLost })} />
        {errors.moneyLost ? <View className='bj-question__error'>{errors.moneyLost}</View> : null}
        {draft.moneyLost ? (
          <>
            <View className='bj-question__sub'>大约多少钱？（可以先不填）</View>
            <TextInput id='plan-amount' type={AMOUNT_INPUT_TYPE} value={draft.amount} placeholder='例如 3000' label='转出的金额（元）' onChange={(amount) => update({ amount })} />
            {errors.amount ? <View className='bj-question__error'>{errors.amount}</View> : null}
            <View className='bj-question__sub'>怎么转出去的？（可多选）</View>
            <View className='bj-choice-row'>
              {PAYMENT_METHODS.map((entry) => (
                <Choice key={entry.method} id={`payment-${entry.method}`} role='checkbox' selected={draft.payments.includes(entry.method)} label={entry.label} onSelect={() => togglePayment(entry.method)} />
              ))}
            </View>
          </>
        ) : null}
      </View>

      {YES_NO_QUESTIONS.map(({ field, id, title }, index) => (
        <View className='bj-question' key={field}>
          <View className='bj-question__title'>
            {index + 3}. {title}
          </View>
          <YesNo id={id} value={draft[field]} onChange={(value) => update({ [field]: value })} />
        </View>
      ))}

      <View className='bj-questionnaire__submit'>
        <TapButton id='plan-build' tone='danger' onTap={() => void submit()}>
          生成我的处置计划
        </TapButton>
      </View>
    </View>
  )
}
