import { View } from '@tarojs/components'
import { PageShell } from '@/ui/page-shell'
import { exportCase } from '@/features/case'
import { DataSettings } from '@/features/settings'
import { FamilyContactSettings } from '@/features/family'
import { LargeTextSwitch } from '@/ui/large-text-switch'

export default function SettingsPage() {
  return (
    <PageShell>
      <View className='bj-section-title'>字的大小</View>
      <View className='bj-card'>
        <LargeTextSwitch id='settings-large-text' />
        <View className='bj-muted'>打开后，字和按钮都会变大。微信里已经调大了字体时，会自动打开。</View>
      </View>
      <FamilyContactSettings />
      <DataSettings exportAll={() => exportCase(APP_VERSION)} />
    </PageShell>
  )
}
