import { View } from '@tarojs/components'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { TapButton } from '@/ui/tap-button'
import { formatDateTime } from '@/lib/time'
import { addPreset } from '../add-preset'
import { presetsFor } from '../presets'
import { useReminders } from '../store'

/** 「建议的跟进」: one tap adds a suggestion with its default time and the reason it matters. */
export function SuggestedFollowUps({ situations }: { situations: EmergencyVariant[] }) {
  const reminders = useReminders((state) => state.reminders)
  // Each suggestion already added, with when it is due.
  const added = new Map(
    reminders.filter((reminder) => reminder.doneAt === undefined).map((reminder) => [reminder.presetId, reminder.dueAt]),
  )
  return (
    <View className='bj-suggestions'>
      <View className='bj-section-title'>建议的跟进</View>
      {presetsFor(situations).map((preset) => (
        <View className='bj-suggestion' key={preset.id} id={`preset-${preset.id}`}>
          <View className='bj-suggestion__title'>{preset.title}</View>
          <View className='bj-muted'>{preset.reason}</View>
          {added.has(preset.id) ? (
            <View className='bj-suggestion__added'>✓ 已添加：{formatDateTime(added.get(preset.id) ?? 0)}</View>
          ) : (
            <TapButton id={`add-preset-${preset.id}`} tone='plain' className='bj-suggestion__add' onTap={() => addPreset(preset)}>
              添加这个提醒
            </TapButton>
          )}
        </View>
      ))}
    </View>
  )
}
