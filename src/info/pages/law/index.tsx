import { PageShell } from '@/ui/page-shell'
import { LawLibrary } from '@/features/plan'

export default function LawPage() {
  return (
    <PageShell>
      <LawLibrary />
    </PageShell>
  )
}
