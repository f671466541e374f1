import { View } from '@tarojs/components'
import type { EmergencyStep, StepAction } from '@/content/emergency-steps'
import { CellLink } from '@/components/cell-link'
import { TapButton } from '@/components/tap-button'
import { ROUTES } from '@/lib/routes'
import { formatDateTime } from '@/lib/time'
import { HotlineActionView, isHotlineAction } from '@/features/hotlines'

function Action({ action }: { action: StepAction }) {
  if (isHotlineAction(action)) return <HotlineActionView action={action} />
  switch (action.kind) {
    case 'directory':
      return <CellLink title={action.label} url={ROUTES.hotlines} />
    case 'add-evidence':
      return <CellLink id='quick-add-evidence' title={action.label} url={ROUTES.evidenceEdit} params={{ quick: '1' }} />
    case 'warn-family':
      return <CellLink id='open-warning-card' title={action.label} url={ROUTES.warningCard} />
  }
}

interface StepCardProps {
  step: EmergencyStep
  index: number
  /** When the step was ticked, if it was. */
  doneAt?: number
  /** Why ticks cannot be changed now, if they cannot. */
  readOnly?: string
  onToggle: () => void
}

/** One ordered action on the emergency screen: what to do, why, its buttons, and a tick. */
export function StepCard({ step, index, doneAt, readOnly, onToggle }: StepCardProps) {
  const done = doneAt !== undefined
  return (
    <View id={`step-${step.id}`} className={`bj-step${done ? ' bj-step--done' : ''}`}>
      <View className='bj-step__head'>
        <View className='bj-step__index' aria-hidden='true'>
          {index + 1}
        </View>
        <View className='bj-step__title'>{step.title}</View>
      </View>
      <View className='bj-step__body'>{step.body}</View>
      {step.warning ? <View className='bj-step__warning'>{step.warning}</View> : null}
      {step.points ? (
        <View className='bj-step__points'>
          {step.points.map((point) => (
            <View className='bj-step__point' key={point}>
              · {point}
            </View>
          ))}
        </View>
      ) : null}
      {step.actions.map((action, actionIndex) => (
        <Action action={action} key={actionIndex} />
      ))}
      <TapButton
        id={`tick-${step.id}`}
        tone={done ? 'success' : 'plain'}
        className='bj-step__tick'
        disabled={Boolean(readOnly)}
        label={readOnly ?? (done ? `第 ${index + 1} 步已完成，点一下取消` : `第 ${index + 1} 步：标记为已完成`)}
        onTap={onToggle}
      >
        {done ? `✓ 已完成（${formatDateTime(doneAt)}）` : '我做完了这一步'}
      </TapButton>
    </View>
  )
}
