import { View } from '@tarojs/components'
import { EMERGENCY_SHORT_NAMES, type EmergencyVariant } from '@/content/emergency-steps'
import { CellLink } from '@/ui/cell-link'
import { ROUTES } from '@/lib/routes'
import { formatDateTime } from '@/lib/time'
import { sessionProgress } from '../model'
import { useEmergency } from '../store'

const ORDER: EmergencyVariant[] = ['scammed', 'leaked']

/**
 * On home: any emergency already under way, with its progress and the next step, to resume.
 * `doneAt` is the whole case's progress (from the case read model, through the page), so home counts
 * a call that got through or a step ticked in the plan, as the emergency screen does.
 */
export function ActiveSessions({ doneAt }: { doneAt: Record<string, number> }) {
  const sessions = useEmergency((state) => state.sessions)
  const active = ORDER.flatMap((variant) => {
    const session = sessions[variant]
    return session ? [session] : []
  })
  if (active.length === 0) return null
  return (
    <View className='bj-active-sessions'>
      <View className='bj-section-title'>继续处置</View>
      {active.map((session) => {
        const progress = sessionProgress(session, doneAt)
        const next = progress.nextStep ? `下一步：${progress.nextStep.title}` : '这几步都做完了'
        return (
          <CellLink
            key={session.variant}
            id={`resume-${session.variant}`}
            title={`${EMERGENCY_SHORT_NAMES[session.variant]} · 已完成 ${progress.done}/${progress.total} 步`}
            description={`${next}（开始于 ${formatDateTime(session.startedAt)}）`}
            url={ROUTES.emergency}
            params={{ variant: session.variant }}
          />
        )
      })}
    </View>
  )
}
