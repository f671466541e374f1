import { useState } from 'react'
import { View } from '@tarojs/components'
import { PAYMENT_METHODS, SITUATIONS, type PaymentMethod } from '@/content/plan-answers'
import { TapButton } from '@/ui/tap-button'
import { TextInput } from '@/ui/text-input'
import { DraftRestoredNotice } from '@/ui/draft-restored-notice'
import { useSingleFlight } from '@/ui/use-single-flight'
import { useStoredDraft } from '@/services/use-stored-draft'
import { AMOUNT_INPUT_TYPE } from '@/platform/system'
import { formatFen, parseAmount } from '@/lib/money'
import { answersFromDraft, withKnown, type AnswersDraft, type KnownAnswers, type PlanAnswers } from '../model'
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
    <View
      id={id}
      className={`bj-choice${selected ? ' bj-choice--on' : ''}`}
      role={role}
      aria-label={label}
      aria-checked={selected ? 'true' : 'false'}
      onClick={onSelect}
    >
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

interface MoneyQuestionProps {
  number: number
  draft: AnswersDraft
  errors: Record<string, string>
  /** Whether money went out is known already: only how much and how are asked. */
  askMoneyLost: boolean
  askAmount: boolean
  update: (change: Partial<AnswersDraft>) => void
}

/** 「有没有转出钱？」, then how much and how; the parts the case already knows are not asked. */
function MoneyQuestion({ number, draft, errors, askMoneyLost, askAmount, update }: MoneyQuestionProps) {
  const togglePayment = (method: PaymentMethod) =>
    update({ payments: draft.payments.includes(method) ? draft.payments.filter((item) => item !== method) : [...draft.payments, method] })
  return (
    <View className='bj-question'>
      <View className='bj-question__title'>{askMoneyLost ? `${number}. 有没有转出钱？` : `${number}. 钱是怎么转出去的？`}</View>
      {askMoneyLost ? <YesNo id='money-lost' value={draft.moneyLost} onChange={(moneyLost) => update({ moneyLost })} /> : null}
      {errors.moneyLost ? <View className='bj-question__error'>{errors.moneyLost}</View> : null}
      {draft.moneyLost && askAmount ? (
        <>
          <View className='bj-question__sub'>大约多少钱？（可以先不填）</View>
          <TextInput
            id='plan-amount'
            type={AMOUNT_INPUT_TYPE}
            value={draft.amount}
            placeholder='例如 3000'
            label='转出的金额（元）'
            onChange={(amount) => update({ amount })}
          />
          {errors.amount ? <View className='bj-question__error'>{errors.amount}</View> : null}
        </>
      ) : null}
      {draft.moneyLost ? (
        <>
          <View className='bj-question__sub'>怎么转出去的？（可多选，可不选）</View>
          <View className='bj-choice-row'>
            {PAYMENT_METHODS.map((entry) => (
              <Choice
                key={entry.method}
                id={`payment-${entry.method}`}
                role='checkbox'
                selected={draft.payments.includes(entry.method)}
                label={entry.label}
                onSelect={() => togglePayment(entry.method)}
              />
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}

const formatAmount = (typed: string) => {
  const parsed = parseAmount(typed)
  return parsed.ok ? formatFen(parsed.fen) : `${typed} 元`
}

/** What was carried over from the emergency screen and the notes, in one line, with a way to change it. */
function KnownSummary({ known, onChange }: { known: KnownAnswers; onChange: () => void }) {
  const parts = [
    known.situation ? SITUATIONS.find((entry) => entry.situation === known.situation)?.label : undefined,
    known.moneyLost === true ? '钱已经转出' : known.moneyLost === false ? '没有转出钱' : undefined,
    known.amount ? `已记下转出 ${formatAmount(known.amount)}` : undefined,
    known.remoteApp === true ? '开过屏幕共享或装过 App' : known.remoteApp === false ? '没开过屏幕共享' : undefined,
  ].filter(Boolean)
  if (parts.length === 0) return null
  return (
    <View className='bj-card bj-questionnaire__known' id='plan-known'>
      <View>已按你在紧急处置里的回答填好：{parts.join('；')}。</View>
      <View id='plan-known-change' className='bj-questionnaire__known-change' role='button' aria-label='修改这些回答' onClick={onChange}>
        改这些回答
      </View>
    </View>
  )
}

interface QuestionnaireProps {
  initial: AnswersDraft
  /** What the case already knows: not asked again. */
  known?: KnownAnswers
  onDone: (answers: PlanAnswers) => Promise<boolean>
}

/** A few questions, all taps except the amount; the plan is built from the answers. Only what the case does not know is asked. */
export function Questionnaire({ initial, known = {}, onDone }: QuestionnaireProps) {
  const stored = useStoredDraft('plan-answers', initial)
  const [askAll, setAskAll] = useState(false)
  const shown = askAll ? {} : known
  const draft = withKnown(stored.value, shown)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const update = (change: Partial<AnswersDraft>) => stored.update(change)

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
  const yesNo = YES_NO_QUESTIONS.filter(({ field }) => field !== 'remoteApp' || shown.remoteApp === undefined)
  const askSituation = shown.situation === undefined
  let number = 0

  return (
    <View className='bj-questionnaire'>
      {stored.restored ? <DraftRestoredNotice onDiscard={() => void stored.discard()} /> : null}
      <KnownSummary
        known={shown}
        onChange={() => {
          // The carried answers become the draft's, shown in the questions to change.
          stored.update(withKnown(stored.value, known))
          setAskAll(true)
        }}
      />
      {askSituation ? (
        <View className='bj-question'>
          <View className='bj-question__title'>{++number}. 发生了什么？</View>
          {SITUATIONS.map((entry) => (
            <Choice
              key={entry.situation}
              id={`situation-${entry.situation}`}
              selected={draft.situation === entry.situation}
              label={entry.label}
              onSelect={() => update({ situation: entry.situation })}
            />
          ))}
          {errors.situation ? <View className='bj-question__error'>{errors.situation}</View> : null}
        </View>
      ) : null}
      {shown.moneyLost === false ? null : (
        <MoneyQuestion
          number={++number}
          draft={draft}
          errors={errors}
          askMoneyLost={shown.moneyLost === undefined}
          askAmount={!shown.amount}
          update={update}
        />
      )}
      {yesNo.map(({ field, id, title }) => (
        <View className='bj-question' key={field}>
          <View className='bj-question__title'>
            {++number}. {title}
          </View>
          <YesNo id={id} value={draft[field]} onChange={(value) => update({ [field]: value })} />
        </View>
      ))}
      <View className='bj-questionnaire__submit'>
        <TapButton id='plan-build' tone='primary' onTap={() => submit()}>
          生成我的处置计划
        </TapButton>
      </View>
    </View>
  )
}
