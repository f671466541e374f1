import { useEffect } from 'react'
import { View } from '@tarojs/components'
import { EMERGENCY_TITLES, type EmergencyVariant } from '@/content/emergency-steps'
import { useHydrated } from '@/components/use-hydrated'
import { SuggestedFollowUps } from '@/features/reminders/components/suggested-follow-ups'
import { TapButton } from '@/components/tap-button'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { sessionProgress, stepsFor } from '../model'
import { useEmergency } from '../store'
import { ElapsedClock } from './elapsed-clock'
import { StepCard } from './step-card'
import './emergency-screen.scss'

/** The ordered emergency actions for one variant, resuming the saved session. */
export function EmergencyScreen({ variant }: { variant: EmergencyVariant }) {
  const hydrated = useHydrated(useEmergency)
  const session = useEmergency((state) => state.sessions[variant])
  const openSession = useEmergency((state) => state.openSession)
  const toggle = useEmergency((state) => state.toggle)

  useEffect(() => {
    // Only after the saved session has loaded, so its start time is never replaced.
    if (hydrated) openSession(variant, Date.now())
  }, [hydrated, openSession, variant])

  const steps = stepsFor(variant)
  const progress = session ? sessionProgress(session) : { done: 0, total: steps.length }
  return (
    <View className='bj-emergency'>
      <View className='bj-emergency__header'>
        <View className='bj-emergency__title'>{EMERGENCY_TITLES[variant]}</View>
        {session ? <ElapsedClock startedAt={session.startedAt} /> : null}
        <View className='bj-emergency__progress'>
          已完成 {progress.done} / {progress.total} 步
        </View>
      </View>
      {steps.map((step, index) => (
        <StepCard
          key={step.id}
          step={step}
          index={index}
          doneAt={session?.done[step.id]}
          onToggle={() => toggle(variant, step.id, Date.now())}
        />
      ))}
      <View className='bj-emergency__plan'>
        <TapButton id='open-plan' tone='danger' onTap={() => void navigate(ROUTES.plan)}>
          生成我的处置计划
        </TapButton>
        <View className='bj-muted'>回答几个问题，按你的情况列出今天、明天和以后要做的事。</View>
      </View>
      <SuggestedFollowUps situations={[variant]} />
    </View>
  )
}
