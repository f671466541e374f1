import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { draftFromParams, EvidenceEditScreen } from '@/features/evidence'

export default function EvidenceEditPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <EvidenceEditScreen id={params.id || undefined} quick={params.quick === '1'} prefill={params.id ? undefined : draftFromParams(params, Date.now())} />
    </PageShell>
  )
}
