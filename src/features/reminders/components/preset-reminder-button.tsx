import { View } from '@tarojs/components'
import { FOLLOW_UP_PRESETS } from '@/content/follow-ups'
import { TapButton } from '@/ui/tap-button'
import { formatDateTime } from '@/lib/time'
import { addPreset } from '../add-preset'
import { useReminders } from '../store'
import './reminders.scss'

/** 「提醒我：…」 for one suggested follow-up, or 「✓ 已设提醒」 once it is set. Other features get it from their page. */
export function PresetReminderButton({ presetId }: { presetId: string }) {
  const preset = FOLLOW_UP_PRESETS.find((entry) => entry.id === presetId)
  const added = useReminders((state) => state.reminders.find((reminder) => reminder.presetId === presetId && reminder.doneAt === undefined))
  if (!preset) return null
  if (added)
    return (
      <View className='bj-preset-reminder__added'>
        ✓ 已设提醒（{formatDateTime(added.dueAt)}）：{preset.title}
      </View>
    )
  return (
    <TapButton id={`plan-reminder-${presetId}`} tone='plain' className='bj-preset-reminder' onTap={() => addPreset(preset)}>
      提醒我：{preset.title}
    </TapButton>
  )
}
