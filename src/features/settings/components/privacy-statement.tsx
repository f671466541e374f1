import { View } from '@tarojs/components'
import { PRIVACY_PROMISES, STORED_ITEMS } from '@/content/privacy'
import { STORAGE_PLACE } from '@/platform/system'
import { HAS_PRIVACY_CONTRACT, openPrivacyContract } from '@/platform/privacy'
import { useStorageUsage } from '@/services/use-storage-usage'
import { roomInWords, usageInWords } from '@/lib/quota'
import { TapButton } from '@/ui/tap-button'
import './privacy-statement.scss'

/** 关于与隐私: what the app stores, where, and that nothing is uploaded. */
export function PrivacyStatement({ version }: { version: string }) {
  const usage = useStorageUsage()
  return (
    <View className='bj-privacy-statement'>
      <View className='bj-card'>
        <View className='bj-privacy-statement__title'>被骗急救</View>
        <View className='bj-muted'>信息泄露 · 诈骗应急助手 · 版本 {version}</View>
      </View>
      <View className='bj-section-title'>我们的承诺</View>
      <View className='bj-card'>
        {PRIVACY_PROMISES.map((line) => (
          <View className='bj-privacy-statement__line' key={line}>
            {line}
          </View>
        ))}
      </View>
      <View className='bj-section-title'>保存了什么、存在哪里</View>
      <View className='bj-card'>
        <View className='bj-privacy-statement__line'>存放位置：{STORAGE_PLACE}。</View>
        {usage?.ok ? (
          <View className='bj-privacy-statement__line'>
            {usageInWords(usage.value.usedKb, usage.value.limitKb)}，{roomInWords(usage.value.usedKb, usage.value.limitKb)}。
          </View>
        ) : null}
        {STORED_ITEMS.map((item) => (
          <View className='bj-privacy-statement__item' key={item.key}>
            <View className='bj-privacy-statement__what'>{item.what}</View>
            <View className='bj-muted'>用途：{item.why}</View>
          </View>
        ))}
      </View>
      <View className='bj-section-title'>重要提醒</View>
      <View className='bj-card'>
        <View className='bj-privacy-statement__line'>
          本小程序提供的是处置步骤和官方电话，不能替代警方和银行，也不能保证追回损失。遇到诈骗请立即拨打 110。
        </View>
      </View>
      {HAS_PRIVACY_CONTRACT ? (
        <View className='bj-privacy-statement__contract'>
          <TapButton tone='plain' onTap={openPrivacyContract}>
            查看《隐私保护指引》
          </TapButton>
        </View>
      ) : null}
    </View>
  )
}
