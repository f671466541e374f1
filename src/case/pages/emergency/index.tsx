import { useRouter } from '@tarojs/taro'
import { PageShell } from '@/components/page-shell'
import { EmergencyScreen, isEmergencyVariant } from '@/features/emergency'
import { SuggestedFollowUps } from '@/features/reminders'

export default function EmergencyPage() {
  const { params } = useRouter()
  // A missing or unknown variant falls back to the scam steps, the more urgent of the two.
  const variant = isEmergencyVariant(params.variant) ? params.variant : 'scammed'
  return (
    <PageShell>
      <EmergencyScreen variant={variant} followUps={<SuggestedFollowUps situations={[variant]} />} />
    </PageShell>
  )
}
