import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { EmergencyScreen } from '@/features/emergency/components/emergency-screen'
import { isEmergencyVariant } from '@/features/emergency/model'

export default function EmergencyPage() {
  const { params } = useRouter()
  // A missing or unknown variant falls back to the scam steps, the more urgent of the two.
  const variant = isEmergencyVariant(params.variant) ? params.variant : 'scammed'
  return (
    <PageShell>
      <EmergencyScreen variant={variant} />
    </PageShell>
  )
}
