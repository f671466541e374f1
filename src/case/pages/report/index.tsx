import { PageShell } from '@/components/page-shell'
import { ReportPackScreen } from '@/features/evidence/components/report-pack-screen'

export default function ReportPage() {
  return (
    <PageShell>
      <ReportPackScreen />
    </PageShell>
  )
}
