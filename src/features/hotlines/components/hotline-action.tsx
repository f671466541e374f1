import { View } from '@tarojs/components'
import type { HotlineAction } from '@/content/types'
import { ChannelCopy } from './channel-copy'
import { HotlineCall } from './hotline-call'
import { HotlineGrid } from './hotline-grid'
import './hotline-action.scss'

/** Only 110 is in emergency red: every other number, 400-810-8866 included, is a plain call. */
const EMERGENCY_RED = 'police-110'

/**
 * A step's way to an official channel, for the emergency steps and the plan alike: call buttons
 * (110 in red on the emergency screen, chips in the plan), an advice line, a website, or a picker.
 */
export function HotlineActionView({ action, compact = false }: { action: HotlineAction; compact?: boolean }) {
  switch (action.kind) {
    case 'call':
      return (
        <View className={compact ? 'bj-hotline-action bj-hotline-action--compact' : 'bj-hotline-action'}>
          {action.hotlineIds.map((id) => (
            <HotlineCall
              key={id}
              hotlineId={id}
              size={compact ? 'chip' : 'hero'}
              tone={id === EMERGENCY_RED && !compact ? 'danger' : 'primary'}
            />
          ))}
        </View>
      )
    case 'consult':
      return <HotlineCall hotlineId={action.hotlineId} tone='plain' size='line' text={action.label} />
    case 'channel':
      return <ChannelCopy hotlineId={action.hotlineId} />
    case 'pick':
      return <HotlineGrid groups={action.groups} prompt={action.prompt} />
  }
}

/** Whether a step action is one of these, so the step cards can hand it over. */
export function isHotlineAction(action: { kind: string }): action is HotlineAction {
  return action.kind === 'call' || action.kind === 'consult' || action.kind === 'channel' || action.kind === 'pick'
}
