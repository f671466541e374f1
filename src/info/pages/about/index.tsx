import { PageShell } from '@/ui/page-shell'
import { PrivacyStatement } from '@/features/settings'

export default function AboutPage() {
  return (
    <PageShell>
      <PrivacyStatement version={APP_VERSION} />
    </PageShell>
  )
}
