import { View } from '@tarojs/components'
import type { EmergencyStep, EmergencyStepId } from '@/content/emergency-steps'
import { ScreenText } from '@/ui/screen-text'

interface NextStepsProps {
  steps: EmergencyStep[]
  /** Each step's place in the whole list, from 1. */
  numberOf: (step: EmergencyStep) => number
  later: number
  onOpen: (stepId: EmergencyStepId) => void
}

/** 「接下来」: the next steps, one line each; a line opens its step, for someone who has done them in another order. */
export function NextSteps({ steps, numberOf, later, onOpen }: NextStepsProps) {
  if (steps.length === 0) return null
  return (
    <View className='bj-emergency__next'>
      <View className='bj-emergency__next-label'>接下来（点一下打开）</View>
      {steps.map((step) => (
        <View
          className='bj-emergency__next-step'
          key={step.id}
          id={`next-${step.id}`}
          role='button'
          aria-label={`打开第 ${numberOf(step)} 步：${step.title}`}
          hoverClass='is-pressed'
          onClick={() => onOpen(step.id)}
        >
          <ScreenText text={`${numberOf(step)}. ${step.title}`} />
        </View>
      ))}
      {later > 0 ? <View className='bj-muted'>之后还有 {later} 步</View> : null}
    </View>
  )
}
