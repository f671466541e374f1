import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/ui/page-shell'
import { takeHandOff } from '@/lib/hand-off'
import { draftFromParams, EvidenceEditScreen } from '@/features/evidence'

export default function EvidenceEditPage() {
  const { params } = useRouter()
  // Read once: the checker's message comes in memory, named by the query's token (lib/hand-off).
  const [prefill] = useState(() =>
    params.id ? undefined : draftFromParams({ type: params.type, at: params.at, text: takeHandOff(params.handoff) }, Date.now()),
  )
  return (
    <PageShell>
      <EvidenceEditScreen id={params.id || undefined} quick={params.quick === '1'} prefill={prefill?.draft} prefillCut={prefill?.cut} />
    </PageShell>
  )
}
