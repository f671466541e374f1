import { useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/components/tap-button'
import { quotaLevel } from '@/lib/quota'
import { copyText } from '@/platform/clipboard'
import { confirm, showToast } from '@/platform/feedback'
import { isWeapp } from '@/platform/env'
import { storageUsage } from '@/platform/storage'
import { deleteAllData, exportAllData } from '../data-actions'
import './data-settings.scss'

/** 设置与数据: how much of the quota is used, export everything, delete everything. */
export function DataSettings({ version }: { version: string }) {
  const [usage, setUsage] = useState(storageUsage)
  const level = usage.ok ? quotaLevel(usage.value.usedKb, usage.value.limitKb) : null

  const exportData = async () => {
    const json = await exportAllData(version)
    const copied = await copyText(json)
    if (copied.ok) showToast('已复制全部数据，可以粘贴到备忘录或发给自己保存', 'success')
    else showToast('没能复制。可以在剪贴板权限打开后再试。')
  }

  const deleteData = async () => {
    const sure = await confirm({
      title: '删除全部数据？',
      content: '证据、照片、处置进度和拨打记录都会从这部手机上删除，无法恢复。建议先“导出全部数据”。',
      confirmText: '删除',
      cancelText: '不删了',
    })
    if (!sure) return
    await deleteAllData()
    setUsage(storageUsage())
    showToast('已删除全部数据', 'success')
  }

  return (
    <View className='bj-data'>
      <View className='bj-section-title'>存储空间</View>
      <View className='bj-card'>
        {usage.ok && level ? (
          <>
            <View className='bj-data__usage'>
              已用 {usage.value.usedKb} KB / {usage.value.limitKb} KB（{level.percent}%）
            </View>
            <View className='bj-data__bar' aria-hidden='true'>
              <View className={`bj-data__bar-fill${level.nearlyFull ? ' bj-data__bar-fill--warn' : ''}`} style={{ width: `${level.percent}%` }} />
            </View>
            {level.nearlyFull ? (
              <View className='bj-data__warning' role='alert'>
                空间快满了，新记录可能存不进去。请先导出，再删除不需要的证据或照片。
              </View>
            ) : null}
            <View className='bj-muted'>
              {isWeapp ? '微信给每个小程序 10 MB；加密保存后实际能放的略少（约 7 MB）。' : '浏览器一般给每个网站约 5 MB。'}
            </View>
          </>
        ) : (
          <View className='bj-muted'>读不到存储空间的用量。</View>
        )}
      </View>
      <View className='bj-section-title'>数据</View>
      <View className='bj-data__actions'>
        <TapButton id='settings-export' tone='primary' onTap={() => void exportData()}>
          导出全部数据（复制）
        </TapButton>
        <View className='bj-muted bj-data__note'>导出的是文字记录；照片请在相册里另外保存。</View>
        <TapButton id='settings-delete' tone='plain' className='bj-data__delete' onTap={() => void deleteData()}>
          删除全部数据
        </TapButton>
      </View>
    </View>
  )
}
