import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { EvidenceEditScreen } from '@/features/evidence'

export default function EvidenceEditPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <EvidenceEditScreen id={params.id || undefined} quick={params.quick === '1'} />
    </PageShell>
  )
}
