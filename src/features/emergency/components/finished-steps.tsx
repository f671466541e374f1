import { useState } from 'react'
import { View } from '@tarojs/components'
import type { EmergencyStep } from '@/content/emergency-steps'
import { formatDateTime } from '@/lib/time'

interface FinishedStepsProps {
  steps: EmergencyStep[]
  doneAt: Record<string, number>
  readOnly?: string
  /** Whether the user can take this one back: a tick can, a call that got through cannot. */
  undoable: (stepId: string) => boolean
  onUndo: (stepId: string) => void
}

/** The finished steps folded into one row, 「已完成 N 步」, that opens to show each with 「撤销」. */
export function FinishedSteps({ steps, doneAt, readOnly, undoable, onUndo }: FinishedStepsProps) {
  const [open, setOpen] = useState(false)
  if (steps.length === 0) return null
  return (
    <View className='bj-finished'>
      <View
        id='finished-toggle'
        className='bj-finished__toggle'
        role='button'
        aria-label={`已完成 ${steps.length} 步，${open ? '收起' : '点开查看'}`}
        aria-expanded={open ? 'true' : 'false'}
        onClick={() => setOpen(!open)}
      >
        ✓ 已完成 {steps.length} 步{open ? '（收起）' : '（点开查看）'}
      </View>
      {open
        ? steps.map((step) => (
            <View
              className='bj-finished__row'
              key={step.id}
              id={`finished-${step.id}`}
              role='group'
              aria-label={`已完成：${step.title}，${formatDateTime(doneAt[step.id])}`}
            >
              <View className='bj-finished__title'>
                {step.title}
                <View className='bj-finished__time'>{formatDateTime(doneAt[step.id])}</View>
              </View>
              {readOnly || !undoable(step.id) ? null : (
                <View
                  id={`undo-${step.id}`}
                  className='bj-finished__undo'
                  role='button'
                  aria-label={`撤销：${step.title}`}
                  onClick={() => onUndo(step.id)}
                >
                  撤销
                </View>
              )}
            </View>
          ))
        : null}
    </View>
  )
}
