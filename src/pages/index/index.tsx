import { View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { DueBanner } from '@/features/reminders/components/due-banner'
import { EmergencyEntry } from '@/features/emergency/components/emergency-entry'
import { ActiveSessions } from '@/features/emergency/components/active-sessions'
import { EvidenceCountCell } from '@/features/evidence/components/evidence-count-cell'
import './index.scss'

export default function HomePage() {
  return (
    <PageShell>
      <View className='bj-home__intro'>遇到诈骗或信息泄露，先别慌。</View>
      <EmergencyEntry />
      <DueBanner onOpen={() => void navigate(ROUTES.reminders)} />
      <ActiveSessions />
      <EvidenceCountCell />
    </PageShell>
  )
}
