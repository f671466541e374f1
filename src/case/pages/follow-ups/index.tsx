import type { EmergencyVariant } from '@/content/emergency-steps'
import { PageShell } from '@/ui/page-shell'
import { useEmergency } from '@/features/emergency'
import { SuggestedFollowUps } from '@/features/reminders'

// The suggestions for the situations the user has started; with none started, every suggestion.
export default function FollowUpsPage() {
  const sessions = useEmergency((state) => state.sessions)
  return (
    <PageShell>
      <SuggestedFollowUps situations={Object.keys(sessions) as EmergencyVariant[]} />
    </PageShell>
  )
}
