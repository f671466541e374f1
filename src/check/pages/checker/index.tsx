import { PageShell } from '@/components/page-shell'
import { CheckerScreen } from '@/features/checker'

export default function CheckerPage() {
  return (
    <PageShell>
      <CheckerScreen />
    </PageShell>
  )
}
