import { View } from '@tarojs/components'
import { ScreenText } from '@/ui/screen-text'
import { RECOVERY_SCAM_WARNING } from '@/content/recovery-scam-warning'
import './recovery-scam-warning.scss'

/** The warning against paid "recovery" services and fake 96110 sites. Fake addresses are text, never links. */
export function RecoveryScamWarning() {
  const warning = RECOVERY_SCAM_WARNING
  return (
    <View className='bj-recovery-warning' role='note'>
      <View className='bj-recovery-warning__title'>{warning.title}</View>
      {warning.lines.map((line) => (
        <View className='bj-recovery-warning__line' key={line}>
          <ScreenText text={line} />
        </View>
      ))}
      <View className='bj-recovery-warning__fakes'>已知的假网站和邮箱：{warning.fakeChannels.join('、')}</View>
    </View>
  )
}
