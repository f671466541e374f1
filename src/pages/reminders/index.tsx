import type { EmergencyVariant } from '@/content/emergency-steps'
import { PageShell } from '@/components/page-shell'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { useEmergency } from '@/features/emergency'
import { CallOutcomeSheet } from '@/features/calls'
import { RemindersScreen, RetryCallButton } from '@/features/reminders'

export default function RemindersPage() {
  const sessions = useEmergency((state) => state.sessions)
  const situations = Object.keys(sessions) as EmergencyVariant[]
  return (
    <PageShell>
      <RemindersScreen
        situations={situations}
        onCreate={() => void navigate(ROUTES.reminderEdit)}
        onEdit={(id) => void navigate(ROUTES.reminderEdit, { id })}
      />
      <CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />
    </PageShell>
  )
}
