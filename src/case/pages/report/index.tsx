import { PageShell } from '@/components/page-shell'
import { ReportPackScreen } from '@/features/case'

export default function ReportPage() {
  return (
    <PageShell>
      <ReportPackScreen />
    </PageShell>
  )
}
