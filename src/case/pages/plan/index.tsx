import { PageShell } from '@/ui/page-shell'
import { CallOutcomeSheet } from '@/features/calls'
import { useDoneOutsidePlan, useKnownAnswers } from '@/features/case'
import { untickEverywhere } from '@/features/emergency'
import { PlanScreen } from '@/features/plan'
import { PresetReminderButton, RetryCallButton } from '@/features/reminders'

export default function PlanPage() {
  return (
    <PageShell>
      <PlanScreen
        reminderSlot={(presetId) => <PresetReminderButton presetId={presetId} />}
        doneElsewhere={useDoneOutsidePlan()}
        onUndoElsewhere={(stepId) => void untickEverywhere(stepId)}
        known={useKnownAnswers()}
      />
      <CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />
    </PageShell>
  )
}
