import { PageShell } from '@/components/page-shell'
import { LawLibrary } from '@/features/plan/components/law-library'

export default function LawPage() {
  return (
    <PageShell>
      <LawLibrary />
    </PageShell>
  )
}
