import { NotYourFault } from '@/ui/not-your-fault'
import { View } from '@tarojs/components'
import { LIABILITY_CASES } from '@/content/liability'
import { citationText, lawById } from '@/content/laws'
import { CellLink } from '@/ui/cell-link'
import { TapButton } from '@/ui/tap-button'
import { ROUTES } from '@/lib/routes'
import { buildPlan, planByStage, planProgress, type PlanAnswers } from '../model'
import { planActions, usePlan } from '../store'
import { PLAN_RECORD } from '../record'
import { useState } from 'react'
import type { PlanStepContent } from '@/content/plan-steps'
import { useWriteBlock } from '@/services/use-write-block'
import { ReadOnlyNotice } from '@/ui/read-only-notice'
import { reportIfNotSaved } from '@/services/save-feedback'
import { PlanStepCard } from './plan-step-card'
import type { DoneElsewhereProps, ReminderSlot } from './reminder-slot'
import './plan.scss'

/** The plan in three stages, with a progress bar, the liability section and the legal library. */
interface PlanViewProps extends DoneElsewhereProps {
  answers: PlanAnswers
  reminderSlot: ReminderSlot
  onEditAnswers: () => void
}

export function PlanView({
  answers,
  reminderSlot,
  doneElsewhere = { ticked: {}, byActions: {} },
  onUndoElsewhere,
  onEditAnswers,
}: PlanViewProps) {
  const ticked = usePlan((state) => state.done)
  // One checklist for the case: done here, on the emergency screen, or by a call that got through.
  const done = { ...doneElsewhere.byActions, ...doneElsewhere.ticked, ...ticked }
  const toggle = (stepId: string) => {
    if (ticked[stepId] === undefined && doneElsewhere.ticked[stepId] !== undefined) return onUndoElsewhere?.(stepId)
    if (ticked[stepId] === undefined && doneElsewhere.byActions[stepId] !== undefined) return undefined
    void planActions.toggle(stepId, Date.now()).then(reportIfNotSaved)
  }
  const readOnly = useWriteBlock(PLAN_RECORD.key)
  const steps = buildPlan(answers)
  const progress = planProgress(steps, done)
  return (
    <View className='bj-plan'>
      <ReadOnlyNotice reason={readOnly} />
      <View className='bj-card'>
        <View className='bj-plan__progress-text' id='plan-progress'>
          已完成 {progress.done} / {progress.total} 步
        </View>
        <View className='bj-plan__bar' role='progressbar' aria-valuenow={progress.percent} aria-valuemin={0} aria-valuemax={100}>
          <View className='bj-plan__bar-fill' style={{ width: `${progress.percent}%` }} />
        </View>
        <TapButton id='plan-edit-answers' tone='plain' className='bj-plan__edit' onTap={onEditAnswers}>
          修改回答
        </TapButton>
      </View>
      <PlanSteps steps={steps} done={done} readOnly={readOnly} reminderSlot={reminderSlot} onToggle={toggle} />
      <View className='bj-plan__stage'>责任与例外</View>
      {LIABILITY_CASES.map((entry) => (
        <View className='bj-card' key={entry.id}>
          <View className='bj-plan-step__title'>{entry.title}</View>
          <View className='bj-plan-step__reason'>{entry.explanation}</View>
          <View className='bj-plan-step__reason'>谁来负责：{entry.whoIsLiable}</View>
          <View className='bj-plan-step__law'>
            依据：
            {entry.citations
              .map((id) => lawById(id))
              .filter((law) => law !== undefined)
              .map((law) => citationText(law))
              .join('；')}
          </View>
        </View>
      ))}
      <CellLink id='plan-law-library' title='法律依据' description='按主题查看每一条法律规定' url={ROUTES.law} />
      <View className='bj-muted bj-plan__note'>这份计划帮你理清该做什么，不能保证追回损失。具体案件以警方、银行和法院的处理为准。</View>
      <NotYourFault />
    </View>
  )
}

interface PlanStepsProps {
  steps: PlanStepContent[]
  done: Record<string, number>
  readOnly?: string
  reminderSlot: ReminderSlot
  onToggle: (stepId: string) => void
}

/** The next three things to do first; the rest, by stage, and the finished ones folded behind one row. */
function PlanSteps({ steps, done, readOnly, reminderSlot, onToggle }: PlanStepsProps) {
  const [open, setOpen] = useState(false)
  const first = steps.filter((step) => done[step.id] === undefined).slice(0, 3)
  const rest = steps.filter((step) => !first.includes(step))
  const card = (step: PlanStepContent) => (
    <PlanStepCard
      key={step.id}
      step={step}
      doneAt={done[step.id]}
      readOnly={readOnly}
      reminderSlot={reminderSlot}
      onToggle={() => onToggle(step.id)}
    />
  )
  return (
    <>
      {first.length > 0 ? (
        <View id='plan-first'>
          <View className='bj-plan__stage'>先做这 {first.length} 件</View>
          {first.map(card)}
        </View>
      ) : null}
      {rest.length > 0 ? (
        <View
          id='plan-rest-toggle'
          className='bj-plan__rest-toggle'
          role='button'
          aria-label={open ? '收起其余步骤' : `展开其余 ${rest.length} 步`}
          aria-expanded={open ? 'true' : 'false'}
          onClick={() => setOpen(!open)}
        >
          {open ? '收起其余步骤' : `其余 ${rest.length} 步（以后要做的和做完的）`}
        </View>
      ) : null}
      {open
        ? planByStage(rest).map((section) =>
            section.steps.length ? (
              <View key={section.stage} id={`plan-stage-${section.stage}`}>
                <View className='bj-plan__stage'>{section.label}</View>
                {section.steps.map(card)}
              </View>
            ) : null,
          )
        : null}
    </>
  )
}
