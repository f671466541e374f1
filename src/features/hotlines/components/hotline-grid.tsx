import { View } from '@tarojs/components'
import type { HotlineGroup } from '@/content/types'
import { HOTLINES } from '@/content/hotlines'
import { CallButton } from '@/features/calls'
import { callableInGroups, displayNumber } from '../model'
import './hotline-grid.scss'

interface HotlineGridProps {
  groups: HotlineGroup[]
  prompt: string
}

/** A picker for banks or airlines: every callable number in the groups, one tap to dial. */
export function HotlineGrid({ groups, prompt }: HotlineGridProps) {
  const hotlines = callableInGroups(HOTLINES, groups)
  return (
    <View className='bj-hotline-grid'>
      <View className='bj-hotline-grid__prompt'>{prompt}</View>
      <View className='bj-hotline-grid__cells'>
        {hotlines.map((hotline) => (
          <View className='bj-hotline-grid__cell' key={hotline.id}>
            <CallButton size='chip' tone='plain' number={hotline.dial} label={hotline.name} display={displayNumber(hotline)} />
          </View>
        ))}
      </View>
    </View>
  )
}
