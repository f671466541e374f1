import { View } from '@tarojs/components'
import { ScreenText } from '@/ui/screen-text'
import { citationText, lawById } from '@/content/laws'
import { STEP_TITLES } from '@/content/emergency-steps'
import type { PlanAction, PlanStepContent } from '@/content/plan-steps'
import { CellLink } from '@/ui/cell-link'
import { TapButton } from '@/ui/tap-button'
import { WhyFold } from '@/ui/why-fold'
import { ROUTES } from '@/lib/routes'
import { formatDateTime } from '@/lib/time'
import { HotlineActionView, isHotlineAction } from '@/features/hotlines'
import { LETTER_TITLES } from '../letters'
import type { ReminderSlot } from './reminder-slot'

function Action({ action, reminderSlot }: { action: PlanAction; reminderSlot: ReminderSlot }) {
  if (isHotlineAction(action)) return <HotlineActionView action={action} compact />
  switch (action.kind) {
    case 'reminder':
      return reminderSlot(action.presetId)
    case 'evidence':
      return <CellLink title='记一条证据' url={ROUTES.evidenceEdit} />
    case 'check-message':
      return <CellLink id='plan-open-checker' title='收到的短信或电话，先查一查是不是诈骗' url={ROUTES.checker} />
    case 'report-pack':
      return <CellLink id='plan-open-report' title='生成报案材料' description='带去派出所，给民警看' url={ROUTES.report} />
    case 'warning-card':
      return <CellLink id='plan-open-warning-card' title='发一张防骗提醒卡给家人' url={ROUTES.warningCard} />
    case 'letter':
      return (
        <CellLink
          id={`plan-letter-${action.letterId}`}
          title={`打开信件：${LETTER_TITLES[action.letterId]}`}
          url={ROUTES.letter}
          params={{ id: action.letterId }}
        />
      )
  }
}

interface PlanStepCardProps {
  step: PlanStepContent
  doneAt?: number
  /** Why ticks cannot be changed now, if they cannot. */
  readOnly?: string
  reminderSlot: ReminderSlot
  onToggle: () => void
}

/** One plan step: what to do, the actions that fit, why with its legal basis folded, and a tick. */
export function PlanStepCard({ step, doneAt, readOnly, reminderSlot, onToggle }: PlanStepCardProps) {
  const done = doneAt !== undefined
  const citations = step.citations.map((id) => lawById(id)).filter((entry) => entry !== undefined)
  return (
    <View id={`plan-step-${step.id}`} className={`bj-plan-step${done ? ' bj-plan-step--done' : ''}`}>
      <View className='bj-plan-step__title'>
        <ScreenText text={STEP_TITLES[step.id]} />
      </View>
      {step.warning ? <View className='bj-plan-step__warning'>{step.warning}</View> : null}
      {step.actions.map((action, index) => (
        <Action key={index} action={action} reminderSlot={reminderSlot} />
      ))}
      <WhyFold id={`plan-why-${step.id}`}>
        <View className='bj-plan-step__reason'>
          <ScreenText text={step.reason} />
        </View>
        {citations.length > 0 ? (
          <View className='bj-plan-step__law'>依据：{citations.map((entry) => citationText(entry)).join('；')}</View>
        ) : null}
      </WhyFold>
      <TapButton
        id={`plan-tick-${step.id}`}
        tone={done ? 'success' : 'plain'}
        className='bj-plan-step__tick'
        disabled={Boolean(readOnly)}
        label={readOnly ?? (done ? `${STEP_TITLES[step.id]}：已完成，点一下取消` : `${STEP_TITLES[step.id]}：标记为已完成`)}
        onTap={onToggle}
      >
        {done ? `✓ 已完成（${formatDateTime(doneAt)}）` : '我做完了'}
      </TapButton>
    </View>
  )
}
