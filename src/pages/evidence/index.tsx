import { PageShell } from '@/ui/page-shell'
import { QuotaWarning } from '@/ui/quota-warning'
import { navigate } from '@/services/navigate'
import { ROUTES } from '@/lib/routes'
import { CaseTimeline } from '@/features/case'

export default function EvidencePage() {
  return (
    <PageShell>
      <QuotaWarning settingsUrl={ROUTES.settings} />
      <CaseTimeline
        onAdd={() => void navigate(ROUTES.evidenceEdit)}
        onOpenNote={(id) => void navigate(ROUTES.evidenceEdit, { id })}
        onBuildReport={() => void navigate(ROUTES.report)}
      />
    </PageShell>
  )
}
