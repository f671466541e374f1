import { PageShell } from '@/components/page-shell'
import { PlanScreen } from '@/features/plan/components/plan-screen'

export default function PlanPage() {
  return (
    <PageShell>
      <PlanScreen />
    </PageShell>
  )
}
