import { PageShell } from '@/components/page-shell'
import { QuotaWarning } from '@/components/quota-warning'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { EvidenceTimeline } from '@/features/evidence/components/evidence-timeline'

export default function EvidencePage() {
  return (
    <PageShell>
      <QuotaWarning settingsUrl={ROUTES.settings} />
      <EvidenceTimeline
        onAdd={() => void navigate(ROUTES.evidenceEdit)}
        onOpenNote={(id) => void navigate(ROUTES.evidenceEdit, { id })}
        onBuildReport={() => void navigate(ROUTES.report)}
      />
    </PageShell>
  )
}
