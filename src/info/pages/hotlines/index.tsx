import { PageShell } from '@/components/page-shell'
import { HotlineDirectory } from '@/features/hotlines'

export default function HotlinesPage() {
  return (
    <PageShell>
      <HotlineDirectory />
    </PageShell>
  )
}
