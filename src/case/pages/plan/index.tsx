import { PageShell } from '@/components/page-shell'
import { PlanScreen } from '@/features/plan'
import { PresetReminderButton } from '@/features/reminders'

export default function PlanPage() {
  return (
    <PageShell>
      <PlanScreen reminderSlot={(presetId) => <PresetReminderButton presetId={presetId} />} />
    </PageShell>
  )
}
