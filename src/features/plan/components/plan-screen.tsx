import { useState } from 'react'
import { View } from '@tarojs/components'
import { useHydrated } from '@/ui/use-hydrated'
import { buildPlan, draftFromAnswers, keepRemainingTicks, type KnownAnswers } from '../model'
import { planActions, usePlan } from '../store'
import { reportIfNotSaved } from '@/services/save-feedback'
import { PlanView } from './plan-view'
import type { DoneElsewhereProps, ReminderSlot } from './reminder-slot'
import { Questionnaire } from './questionnaire'

/** The questionnaire until it is answered, then the plan; 「修改回答」 goes back with the answers kept. */
interface PlanScreenProps extends DoneElsewhereProps {
  reminderSlot: ReminderSlot
  /** What the case already knows (the emergency screen's answers, the notes): not asked again. */
  known?: KnownAnswers
}

export function PlanScreen({ reminderSlot, doneElsewhere, onUndoElsewhere, known }: PlanScreenProps) {
  const hydrated = useHydrated(usePlan)
  const answers = usePlan((state) => state.answers)
  const [editing, setEditing] = useState(false)
  if (!hydrated) return <View className='bj-card bj-muted'>正在读取…</View>
  if (!answers || editing) {
    return (
      <Questionnaire
        initial={draftFromAnswers(answers)}
        known={answers ? undefined : known}
        onDone={async (next) => {
          const saved = reportIfNotSaved(await planActions.setAnswers(next, (done) => keepRemainingTicks(done, buildPlan(next))))
          if (saved) setEditing(false)
          return saved
        }}
      />
    )
  }
  return (
    <PlanView
      answers={answers}
      reminderSlot={reminderSlot}
      doneElsewhere={doneElsewhere}
      onUndoElsewhere={onUndoElsewhere}
      onEditAnswers={() => setEditing(true)}
    />
  )
}
