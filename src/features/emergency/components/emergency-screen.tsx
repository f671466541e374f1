import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { EMERGENCY_TITLES, type EmergencyStepId, type EmergencyVariant } from '@/content/emergency-steps'
import { TapButton } from '@/ui/tap-button'
import { CellLink } from '@/ui/cell-link'
import { NotYourFault } from '@/ui/not-your-fault'
import { navigate } from '@/services/navigate'
import { ReadOnlyNotice } from '@/ui/read-only-notice'
import { ROUTES } from '@/lib/routes'
import { checklistView } from '../model'
import { CallFirst } from './call-first'
import { FinishedSteps } from './finished-steps'
import { LeakKinds } from './leak-kinds'
import { MoneyOutNext } from './money-out-next'
import { MoneyOutTime } from './money-out-time'
import { NextSteps } from './next-steps'
import { StepCard, type FamilySlot } from './step-card'
import { useChecklist, type DoneElsewhere } from './use-checklist'
import { YesNoQuestion } from './yes-no-question'
import './emergency-screen.scss'

interface EmergencyScreenProps {
  variant: EmergencyVariant
  doneElsewhere?: DoneElsewhere
  /** Clears a step ticked elsewhere, when the user says it is not done after all. */
  onUndoElsewhere?: (stepId: string) => void
  /** What the page puts at the end: the suggested reminders. */
  followUps?: ReactNode
  /** The user's family contact, when set: 「打给女儿」 under 110, 「发给女儿」 on the card step. */
  family?: FamilySlot
  /** What to read out on the 110 call, from the case's notes: the amount, the account, the time. */
  callScript?: ReactNode
  /** What to read out on the bank call: the card's last 4 digits, the time. On the bank step. */
  bankScript?: ReactNode
}

/** The suggested follow-ups, folded: the first hour is about the steps, reminders can wait a tap. */
function FollowUps({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='bj-emergency__follow-ups'>
      <View
        id='follow-ups-toggle'
        className='bj-emergency__follow-ups-toggle'
        role='button'
        aria-label={open ? '收起跟进提醒' : '设跟进提醒'}
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => setOpen(!open)}
      >
        {open ? '收起跟进提醒' : '设跟进提醒：过几天问派出所、查征信…'}
      </View>
      {open ? children : null}
    </View>
  )
}

const NOTHING_ELSEWHERE: DoneElsewhere = { ticked: {}, byActions: {} }

/**
 * The first hour, calm and short. After a scam, 110 comes first, before any question; then the one
 * question that changes the order, the current step open, the next two as one line each (each opens
 * its step), and the finished ones folded away.
 */
export function EmergencyScreen({
  variant,
  doneElsewhere = NOTHING_ELSEWHERE,
  onUndoElsewhere,
  followUps,
  family,
  callScript,
  bankScript,
}: EmergencyScreenProps) {
  const checklist = useChecklist(variant, doneElsewhere, onUndoElsewhere)
  const [opened, setOpened] = useState<EmergencyStepId>()
  const { session, steps, doneAt, readOnly, answer } = checklist
  const view = checklistView(steps, doneAt, opened)
  const scammed = variant === 'scammed'
  const asked = scammed ? session?.remoteControl !== undefined : Boolean(session?.leaks?.length)

  return (
    <View className='bj-emergency'>
      <ReadOnlyNotice reason={readOnly} />
      <View className='bj-emergency__header'>
        <View className='bj-emergency__title'>{EMERGENCY_TITLES[variant]}</View>
        {steps.length > 0 ? (
          <View className='bj-emergency__progress' id='emergency-progress'>
            已完成 {view.finished.length} / {steps.length} 步
          </View>
        ) : null}
      </View>
      {scammed ? <CallFirst remoteControl={session?.remoteControl} family={family} script={callScript} /> : null}
      {scammed && session?.remoteControl === undefined ? (
        <YesNoQuestion
          id='remote-control'
          question='对方让你开过屏幕共享、远程协助，或让你装过 App 吗？'
          yes='是'
          no='没有'
          onAnswer={(remoteControl) => answer({ remoteControl })}
        />
      ) : null}
      {variant === 'leaked' ? (
        <LeakKinds key={(session?.leaks ?? []).join()} chosen={session?.leaks} onAnswer={(leaks) => answer({ leaks })} />
      ) : null}
      {scammed ? (
        <View className='bj-card bj-emergency__money-card'>
          <MoneyOutTime
            moneyOutAt={session?.moneyOutAt}
            next={
              <MoneyOutNext
                policeCalled={doneAt['call-police'] !== undefined}
                bankDone={doneAt['call-bank'] !== undefined}
                onOpenBankStep={() => setOpened('call-bank')}
              />
            }
            onAnswer={(moneyOutAt) => answer({ moneyOutAt })}
          />
        </View>
      ) : null}
      {asked ? <Checklist checklist={checklist} view={view} family={family} bankScript={bankScript} onOpen={setOpened} /> : null}
      {scammed ? <NotYourFault /> : null}
      <View className='bj-emergency__plan'>
        <TapButton id='open-plan' tone='plain' onTap={() => void navigate(ROUTES.plan)}>
          生成我的处置计划
        </TapButton>
      </View>
      {followUps ? <FollowUps>{followUps}</FollowUps> : null}
    </View>
  )
}

interface ChecklistProps {
  checklist: ReturnType<typeof useChecklist>
  view: ReturnType<typeof checklistView>
  family?: FamilySlot
  bankScript?: ReactNode
  onOpen: (stepId: EmergencyStepId) => void
}

/** The steps once the first question is answered: the current one open, the next ones, the finished ones folded. */
function Checklist({ checklist, view, family, bankScript, onOpen }: ChecklistProps) {
  const { steps, doneAt, readOnly, tick, undo, undoable } = checklist
  const numberOf = (step: (typeof steps)[number]) => steps.indexOf(step) + 1
  return (
    <>
      {view.current ? (
        <StepCard
          step={view.current}
          number={numberOf(view.current)}
          readOnly={readOnly}
          family={family}
          script={view.current.id === 'call-bank' ? bankScript : undefined}
          onDone={() => tick(view.current?.id ?? '')}
        />
      ) : null}
      {view.current === undefined && steps.length > 0 ? (
        <View className='bj-card bj-emergency__all-done' id='emergency-all-done'>
          <View>这几步都做完了。接下来把报案材料整理好，再按处置计划一步步来。</View>
          <CellLink id='all-done-report' title='生成报案材料' description='去派出所报案时给民警看' url={ROUTES.report} />
        </View>
      ) : null}
      <NextSteps steps={view.next} numberOf={numberOf} later={view.later} onOpen={onOpen} />
      <FinishedSteps steps={view.finished} doneAt={doneAt} readOnly={readOnly} undoable={undoable} onUndo={undo} />
    </>
  )
}
