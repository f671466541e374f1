import { PageShell } from '@/components/page-shell'
import { HotlineDirectory } from '@/features/hotlines/components/hotline-directory'

export default function HotlinesPage() {
  return (
    <PageShell>
      <HotlineDirectory />
    </PageShell>
  )
}
