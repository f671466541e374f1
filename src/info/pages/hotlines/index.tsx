import { PageShell } from '@/ui/page-shell'
import { CallOutcomeSheet } from '@/features/calls'
import { HotlineDirectory } from '@/features/hotlines'
import { RetryCallButton } from '@/features/reminders'

export default function HotlinesPage() {
  return (
    <PageShell>
      <HotlineDirectory />
      <CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />
    </PageShell>
  )
}
