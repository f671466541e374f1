import { View } from '@tarojs/components'
import { Chip, ChipRow } from '@/ui/chip'
import { formatDateTime } from '@/lib/time'
import type { IncidentTime } from '../report-pack'

/**
 * When the time the user gave on the emergency screen and the first transfer note disagree, the
 * pack still states one 事发时间: the earlier, until the user picks the one that is right.
 */
export function IncidentChoice({ incident, onChoose }: { incident: IncidentTime; onChoose: (at: number) => void }) {
  const { disagree, at } = incident
  if (!disagree) return null
  return (
    <View className='bj-card bj-report__incident' id='incident-choice' role='alert'>
      <View>
        在紧急处置里，你说钱是 {formatDateTime(disagree.stated)} 转出的；第一笔转账记录是 {formatDateTime(disagree.recorded)}
        。材料里只写一个事发时间，请选对的那个：
      </View>
      <ChipRow label='事发时间' role='radiogroup'>
        <Chip id='incident-recorded' selected={at === disagree.recorded} onTap={() => onChoose(disagree.recorded)}>
          {formatDateTime(disagree.recorded)}（转账记录）
        </Chip>
        <Chip id='incident-stated' selected={at === disagree.stated} onTap={() => onChoose(disagree.stated)}>
          {formatDateTime(disagree.stated)}（我说的）
        </Chip>
      </ChipRow>
    </View>
  )
}
