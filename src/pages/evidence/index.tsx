import { PageShell } from '@/components/page-shell'
import { QuotaWarning } from '@/components/quota-warning'
import { navigate } from '@/components/navigate'
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
