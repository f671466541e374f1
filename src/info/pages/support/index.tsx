import { PageShell } from '@/ui/page-shell'
import { SupportScreen } from '@/features/support'

export default function SupportPage() {
  return (
    <PageShell>
      <SupportScreen />
    </PageShell>
  )
}
