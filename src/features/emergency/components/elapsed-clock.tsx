import { View } from '@tarojs/components'
import { useNow } from '@/components/use-now'
import { formatDateTime } from '@/lib/time'
import { formatElapsed } from '../model'

/** 「已过去 3 分 05 秒」: how long ago the emergency began, ticking every second. */
export function ElapsedClock({ startedAt }: { startedAt: number }) {
  const now = useNow(1000)
  return (
    <View className='bj-emergency__clock' role='timer' aria-live='off'>
      <View className='bj-emergency__clock-value'>已过去 {formatElapsed(startedAt, now)}</View>
      <View className='bj-emergency__clock-start'>开始于 {formatDateTime(startedAt)}</View>
    </View>
  )
}
