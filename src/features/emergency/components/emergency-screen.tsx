import { useEffect, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { EMERGENCY_TITLES, type EmergencyVariant } from '@/content/emergency-steps'
import { useHydrated } from '@/components/use-hydrated'
import { useTextSize } from '@/components/text-size-store'
import { TapButton } from '@/components/tap-button'
import { NotYourFault } from '@/components/not-your-fault'
import { navigate } from '@/components/navigate'
import { useWriteBlock } from '@/components/use-write-block'
import { ReadOnlyNotice } from '@/components/read-only-notice'
import { reportIfNotSaved } from '@/components/save-feedback'
import { ROUTES } from '@/lib/routes'
import { checklistView, stepsFor } from '../model'
import { answerSession, openSession, toggleEmergencyStep, useEmergency } from '../store'
import { EMERGENCY_RECORD } from '../record'
import { FinishedSteps } from './finished-steps'
import { LeakKinds } from './leak-kinds'
import { MoneyOutTime } from './money-out-time'
import { StepCard, type FamilySlot } from './step-card'
import { YesNoQuestion } from './yes-no-question'
import './emergency-screen.scss'

interface EmergencyScreenProps {
  variant: EmergencyVariant
  /**
   * Steps done elsewhere in the case, from the case read model through the page, so there is one
   * checklist: ticked in the plan (undone there too), or done by an action (a call that got through, a note saved).
   */
  doneElsewhere?: { ticked: Record<string, number>; byActions: Record<string, number> }
  /** Clears a step ticked elsewhere, when the user says it is not done after all. */
  onUndoElsewhere?: (stepId: string) => void
  /** What the page puts at the end: the suggested reminders. */
  followUps?: ReactNode
  /** The user's family contact, when set: 「打给女儿」 on the call step, 「发给女儿」 on the card step. */
  family?: FamilySlot
}

/** The suggested follow-ups, folded: the first hour is about the steps, reminders can wait a tap. */
function FollowUps({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='bj-emergency__follow-ups'>
      <View id='follow-ups-toggle' className='bj-emergency__follow-ups-toggle' role='button' aria-label={open ? '收起跟进提醒' : '设跟进提醒'} aria-expanded={open ? 'true' : 'false'} onClick={() => setOpen(!open)}>
        {open ? '收起跟进提醒' : '设跟进提醒：过几天问派出所、查征信…'}
      </View>
      {open ? children : null}
    </View>
  )
}

/**
 * The first hour, calm and short: the one question that changes the order, the current step open,
 * the next two as one line each, and the finished ones folded away.
 */
export function EmergencyScreen({ variant, doneElsewhere = { ticked: {}, byActions: {} }, onUndoElsewhere, followUps, family }: EmergencyScreenProps) {
  const hydrated = useHydrated(useEmergency)
  const session = useEmergency((state) => state.sessions[variant])
  const readOnly = useWriteBlock(EMERGENCY_RECORD.key)

  useEffect(() => {
    // Only after the saved session has loaded, so its start time is never replaced.
    if (hydrated) void openSession(variant, Date.now())
  }, [hydrated, variant])

  const answer = (change: Parameters<typeof answerSession>[1]) => void answerSession(variant, change, Date.now()).then(reportIfNotSaved)
  const doneAt = { ...doneElsewhere.byActions, ...doneElsewhere.ticked, ...(session?.done ?? {}) }
  const steps = stepsFor(variant, session)
  const view = checklistView(steps, doneAt)
  const undo = (stepId: string) => {
    if (session?.done[stepId] !== undefined) void toggleEmergencyStep(variant, stepId, Date.now()).then(reportIfNotSaved)
    if (doneElsewhere.ticked[stepId] !== undefined) onUndoElsewhere?.(stepId)
  }
  // A step done by an action (a call that got through, a saved note) stays done: that happened.
  const undoable = (stepId: string) => session?.done[stepId] !== undefined || doneElsewhere.ticked[stepId] !== undefined
  const asked = variant === 'scammed' ? session?.remoteControl !== undefined : Boolean(session?.leaks?.length)
  const moneyOut = <MoneyOutTime moneyOutAt={session?.moneyOutAt} onAnswer={(moneyOutAt) => answer({ moneyOutAt })} />
  // In 大字模式 the question and the step come first; when the money went out follows them.
  const { large } = useTextSize()

  return (
    <View className='bj-emergency'>
      <ReadOnlyNotice reason={readOnly} />
      <View className='bj-emergency__header'>
        <View className='bj-emergency__title'>{EMERGENCY_TITLES[variant]}</View>
        {variant === 'scammed' && !large ? moneyOut : null}
        {steps.length > 0 ? (
          <View className='bj-emergency__progress' id='emergency-progress'>
            已完成 {view.finished.length} / {steps.length} 步
          </View>
        ) : null}
      </View>

      {variant === 'scammed' && session?.remoteControl === undefined ? (
        <YesNoQuestion
          id='remote-control'
          question='对方让你开过屏幕共享、远程协助，或让你装过 App 吗？'
          yes='是'
          no='没有'
          onAnswer={(remoteControl) => answer({ remoteControl })}
        />
      ) : null}
      {variant === 'leaked' ? <LeakKinds key={(session?.leaks ?? []).join()} chosen={session?.leaks} onAnswer={(leaks) => answer({ leaks })} /> : null}

      {asked && view.current ? (
        <StepCard
          step={view.current}
          number={steps.indexOf(view.current) + 1}
          readOnly={readOnly}
          family={family}
          onDone={() => void toggleEmergencyStep(variant, view.current?.id ?? '', Date.now()).then(reportIfNotSaved)}
        />
      ) : null}
      {asked && view.current === undefined && steps.length > 0 ? <View className='bj-card bj-emergency__all-done'>这几步都做完了。接下来按处置计划一步步来。</View> : null}
      {asked && view.next.length > 0 ? (
        <View className='bj-emergency__next'>
          <View className='bj-emergency__next-label'>接下来</View>
          {view.next.map((step) => (
            <View className='bj-emergency__next-step' key={step.id} id={`next-${step.id}`}>
              {steps.indexOf(step) + 1}. {step.title}
            </View>
          ))}
          {view.later > 0 ? <View className='bj-muted'>之后还有 {view.later} 步</View> : null}
        </View>
      ) : null}
      {variant === 'scammed' && large ? <View className='bj-emergency__money-card'>{moneyOut}</View> : null}
      {asked ? <FinishedSteps steps={view.finished} doneAt={doneAt} readOnly={readOnly} undoable={undoable} onUndo={undo} /> : null}

      {variant === 'scammed' ? <NotYourFault /> : null}
      <View className='bj-emergency__plan'>
        <TapButton id='open-plan' tone='plain' onTap={() => void navigate(ROUTES.plan)}>
          生成我的处置计划
        </TapButton>
      </View>
      {followUps ? <FollowUps>{followUps}</FollowUps> : null}
    </View>
  )
}
