import { useEffect } from 'react'
import { View } from '@tarojs/components'
import { preloadPage } from '@/platform/preload'
import { PageShell } from '@/ui/page-shell'
import { HOME_ENTRY } from '@/content/home-entry'
import { ROUTES } from '@/lib/routes'
import { CellLink } from '@/ui/cell-link'
import { Guarded } from '@/ui/guarded'
import './index.scss'
import { CallOutcomeSheet } from '@/features/calls'
import { DueBanner, RetryCallButton } from '@/features/reminders'
import { ActiveSessions, EmergencyEntry, useEmergency } from '@/features/emergency'
import { EvidenceCountCell } from '@/features/evidence'
import { useCaseDone } from '@/features/case'
import { FamilyOffer } from '@/features/family'
import { LargeTextSwitch } from '@/ui/large-text-switch'
import { MoreWhenLarge } from '@/ui/more-when-large'

export default function HomePage() {
  const afterEmergency = useEmergency((state) => Object.keys(state.sessions).length > 0)
  const caseDone = useCaseDone()
  // 「我被骗了」 is the tap that matters: its screen's code is fetched while home is showing.
  useEffect(() => preloadPage(ROUTES.emergency), [])
  return (
    <PageShell>
      <View className='bj-home__top'>
        <View className='bj-home__intro'>{HOME_ENTRY.intro}</View>
        <LargeTextSwitch id='home-large-text' />
      </View>
      <EmergencyEntry />
      <CellLink
        id='home-checker'
        title='收到可疑电话或短信？查一查'
        description='粘贴短信或点选对方说的话，马上告诉你哪里可疑'
        url={ROUTES.checker}
      />
      {/* Each part that reads stored data fails on its own: 110 and 96110 above always render. */}
      <Guarded what='提醒'>
        <DueBanner />
      </Guarded>
      <Guarded what='处置进度'>
        <ActiveSessions doneAt={caseDone} />
      </Guarded>
      <Guarded what='证据数量'>
        <EvidenceCountCell />
      </Guarded>
      <Guarded what='家人电话'>
        <FamilyOffer afterEmergency={afterEmergency} />
      </Guarded>
      <MoreWhenLarge id='home-more' label='处置计划、提醒家人'>
        <View className='bj-section-title'>接下来</View>
        <CellLink id='home-plan' title='我的处置计划' description='按你的情况，列出现在、24 小时内和以后要做的事' url={ROUTES.plan} />
        <View className='bj-section-title'>家人也可能被盯上</View>
        <CellLink id='home-warning-card' title='提醒家人' description='发一张防骗卡片到家人群，不含你的任何信息' url={ROUTES.warningCard} />
      </MoreWhenLarge>
      <CallOutcomeSheet retryReminder={(call) => <RetryCallButton call={call} />} />
    </PageShell>
  )
}
