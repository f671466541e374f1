import { View } from '@tarojs/components'
import { quotaLevel } from '@/lib/quota'
import { useStorageUsage } from '@/services/use-storage-usage'
import { CellLink } from './cell-link'

/** Warns, with a way to free space, once storage passes 80% of the quota. Renders nothing before that. */
export function QuotaWarning({ settingsUrl }: { settingsUrl: string }) {
  const usage = useStorageUsage()
  if (!usage?.ok) return null
  const level = quotaLevel(usage.value.usedKb, usage.value.limitKb)
  if (!level.nearlyFull) return null
  return (
    <View className='bj-card' role='alert'>
      <View>手机上给本小程序的存储空间已用了 {level.percent}%。快满时新记录会存不进去。</View>
      <CellLink title='导出并清理旧记录' url={settingsUrl} />
    </View>
  )
}
