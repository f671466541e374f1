import type { ReactNode } from 'react'
import { ScreenText } from '@/ui/screen-text'
import { View } from '@tarojs/components'
import type { EmergencyStep } from '@/content/emergency-steps'
import { STEP_CARDS, type StepAction } from '@/content/emergency-step-cards'
import { CellLink } from '@/ui/cell-link'
import { TapButton } from '@/ui/tap-button'
import { WhyFold } from '@/ui/why-fold'
import { ROUTES } from '@/lib/routes'
import { HotlineActionView, isHotlineAction } from '@/features/hotlines'

/** The user's own family contact, from the page: its call button and its 「发给女儿」 label. */
export interface FamilySlot {
  call: ReactNode
  sendLabel: string
}

function Action({ action, family }: { action: StepAction; family?: FamilySlot }) {
  if (isHotlineAction(action)) return <HotlineActionView action={action} />
  switch (action.kind) {
    case 'directory':
      return <CellLink title={action.label} url={ROUTES.hotlines} />
    case 'add-evidence':
      return (
        <CellLink
          id='quick-add-evidence'
          title={action.label}
          description='金额、对方账号、对方号码、什么时候'
          url={ROUTES.evidenceEdit}
          params={{ quick: '1' }}
        />
      )
    case 'warn-family':
      return (
        <CellLink id='open-warning-card' title={family ? `${family.sendLabel}：一张防骗提醒卡` : action.label} url={ROUTES.warningCard} />
      )
    case 'check-message':
      return <CellLink id='open-checker' title={action.label} url={ROUTES.checker} />
  }
}

interface StepCardProps {
  step: EmergencyStep
  /** Its place in the whole list, from 1. */
  number: number
  /** Why ticks cannot be changed now, if they cannot. */
  readOnly?: string
  family?: FamilySlot
  /** What to read out on this step's call, from the case's notes (the page passes it). */
  script?: ReactNode
  onDone: () => void
}

/**
 * The step to do now: one verb-first line, what to do, its buttons, and 「这步做完了」. Why it
 * matters, and how sure the source is, fold behind 「为什么」.
 */
export function StepCard({ step, number, readOnly, family, script, onDone }: StepCardProps) {
  const card = STEP_CARDS[step.id]
  return (
    <View id={`step-${step.id}`} className='bj-step'>
      <View className='bj-step__head'>
        <View className='bj-step__index' aria-hidden='true'>
          {number}
        </View>
        <View className='bj-step__title'>
          <ScreenText text={step.title} />
        </View>
      </View>
      {card.points ? (
        <View className='bj-step__points'>
          {card.points.map((point) => (
            <View className='bj-step__point' key={point}>
              <ScreenText text={point} />
            </View>
          ))}
        </View>
      ) : null}
      {card.warning ? (
        <View className='bj-step__warning'>
          <ScreenText text={card.warning} />
        </View>
      ) : null}
      {script}
      {card.actions.map((action, index) => (
        <Action action={action} family={family} key={index} />
      ))}
      <WhyFold id={`why-${step.id}`}>
        <View>
          <ScreenText text={card.body} />
        </View>
        {card.caveat ? <View className='bj-step__caveat'>{card.caveat}</View> : null}
      </WhyFold>
      <TapButton
        id={`tick-${step.id}`}
        tone='success'
        className='bj-step__tick'
        disabled={Boolean(readOnly)}
        label={readOnly ?? `第 ${number} 步：这步做完了`}
        onTap={onDone}
      >
        这步做完了
      </TapButton>
    </View>
  )
}
