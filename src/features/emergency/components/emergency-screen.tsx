import { useEffect, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { EMERGENCY_TITLES, type EmergencyVariant } from '@/content/emergency-steps'
import { useHydrated } from '@/components/use-hydrated'
import { TapButton } from '@/components/tap-button'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { sessionProgress, stepsFor } from '../model'
import { openSession, toggleEmergencyStep, useEmergency } from '../store'
import { EMERGENCY_RECORD } from '../record'
import { useWriteBlock } from '@/components/use-write-block'
import { ReadOnlyNotice } from '@/components/read-only-notice'
import { reportIfNotSaved } from '@/components/save-feedback'
import { ElapsedClock } from './elapsed-clock'
import { StepCard } from './step-card'
import './emergency-screen.scss'

/**
 * The ordered emergency actions for one variant, resuming the saved session. `followUps` is what
 * the page puts at the end: the suggested reminders, from the reminders feature.
 */
export function EmergencyScreen({ variant, followUps }: { variant: EmergencyVariant; followUps?: ReactNode }) {
  const hydrated = useHydrated(useEmergency)
  const session = useEmergency((state) => state.sessions[variant])
  const readOnly = useWriteBlock(EMERGENCY_RECORD.key)

  useEffect(() => {
    // Only after the saved session has loaded, so its start time is never replaced.
    if (hydrated) void openSession(variant, Date.now())
  }, [hydrated, variant])

  const steps = stepsFor(variant)
  const progress = session ? sessionProgress(session) : { done: 0, total: steps.length }
  return (
    <View className='bj-emergency'>
      <ReadOnlyNotice reason={readOnly} />
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
          readOnly={readOnly}
          onToggle={() => void toggleEmergencyStep(variant, step.id, Date.now()).then(reportIfNotSaved)}
        />
      ))}
      <View className='bj-emergency__plan'>
        <TapButton id='open-plan' tone='danger' onTap={() => void navigate(ROUTES.plan)}>
          生成我的处置计划
        </TapButton>
        <View className='bj-muted'>回答几个问题，按你的情况列出今天、明天和以后要做的事。</View>
      </View>
      {followUps}
    </View>
  )
}
