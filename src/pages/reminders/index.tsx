import { PageShell } from '@/ui/page-shell'
import { navigate } from '@/services/navigate'
import { ROUTES } from '@/lib/routes'
import { CallOutcomeSheet } from '@/features/calls'
import { RemindersScreen, RetryCallButton } from '@/features/reminders'

export default function RemindersPage() {
  return (
    <PageShell>
      <RemindersScreen onCreate={() => void navigate(ROUTES.reminderEdit)} onEdit={(id) => void navigate(ROUTES.reminderEdit, { id })} />
      <CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />
    </PageShell>
  )
}
