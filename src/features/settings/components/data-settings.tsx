import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { reportIfNotSaved } from '@/services/save-feedback'
import { quotaLevel, roomInWords, usageInWords } from '@/lib/quota'
import { copyText } from '@/platform/clipboard'
import { confirm, showToast, tell } from '@/platform/feedback'
import { storageUsage } from '@/platform/storage'
import { registeredRecords } from '@/persistence/persisted-storage'
import { deleteAllData, keptCopyCount, restoreCopy } from '../data-actions'
import { listKeptCopies, type KeptCopy } from '../kept-copies'
import './data-settings.scss'

function KeptCopies({ copies, onRestore }: { copies: KeptCopy[]; onRestore: (copy: KeptCopy, replaceClashing: boolean) => void }) {
  const asides = copies.filter((copy) => copy.kind === 'aside')
  const backups = copies.filter((copy) => copy.kind === 'backup')
  const unreadable = asides.reduce((sum, copy) => sum + copy.records, 0)
  if (copies.length === 0) return null
  return (
    <>
      <View className='bj-section-title'>另外保存的记录</View>
      <View className='bj-card' id='settings-kept-copies'>
        {unreadable > 0 ? <View className='bj-data__usage'>有 {unreadable} 条记录无法读取</View> : null}
        <View className='bj-muted'>它们没有删除，都在导出的数据里。等小程序能读懂时，可以放回原处。</View>
        {asides
          .filter((copy) => copy.restorable > 0)
          .map((copy) => (
            <TapButton
              key={copy.key}
              id={`restore-${copy.key}`}
              tone='primary'
              className='bj-data__restore'
              onTap={() => onRestore(copy, false)}
            >
              放回 {copy.restorable} 条现在能读的记录
            </TapButton>
          ))}
        {asides
          .filter((copy) => copy.conflicts > 0)
          .map((copy) => (
            <TapButton
              key={`${copy.key}-swap`}
              id={`swap-${copy.key}`}
              tone='plain'
              className='bj-data__restore'
              onTap={() => onRestore(copy, true)}
            >
              用另存的 {copy.conflicts} 条换下现在的
            </TapButton>
          ))}
        {asides.some((copy) => copy.conflicts > 0) ? (
          <View className='bj-muted' id='settings-kept-conflicts'>
            有 {asides.reduce((sum, copy) => sum + copy.conflicts, 0)} 条和现在的记录是同一条，没有放回，以免覆盖更新的内容。
          </View>
        ) : null}
        {backups.length > 0 ? <View className='bj-muted'>还有 {backups.length} 份更新前的备份，更新确认无误后会自动清掉。</View> : null}
      </View>
    </>
  )
}

/** 放回 and 删除全部数据, each asking first where it matters and saying afterwards what happened. */
function useDataActions(refresh: () => Promise<void>) {
  const restore = async (copy: KeptCopy, replaceClashing: boolean) => {
    if (replaceClashing) {
      const sure = await confirm({
        title: `换下现在的 ${copy.conflicts} 条？`,
        content: '另存的记录会放回原处；现在的那几条不会删除，会另外保存在这里，随时可以换回来。',
        confirmText: '换',
        cancelText: '不换',
      })
      if (!sure) return
    }
    const restored = await restoreCopy(copy, replaceClashing)
    if (!reportIfNotSaved(restored) || !restored.ok) return
    await refresh()
    if (restored.value.conflicts === 0) return showToast('已放回', 'success')
    await tell(
      `已放回 ${restored.value.restored} 条`,
      `另有 ${restored.value.conflicts} 条和现在的记录是同一条，现在的可能更新，所以没有覆盖。它们还留在“另外保存的记录”里，也在导出的数据里。`,
    )
  }

  const deleteData = async () => {
    const kept = keptCopyCount()
    const sure = await confirm({
      title: '删除全部数据？',
      content: `证据、照片、处置进度和拨打记录都会从这部手机上删除，无法恢复${kept ? `，另外保存的 ${kept} 份记录也会一起删除` : ''}。建议先“导出全部数据”。`,
      confirmText: '删除',
      cancelText: '不删了',
      danger: true,
    })
    if (!sure) return
    const left = await deleteAllData()
    await refresh()
    if (left === 0) return showToast('已删除', 'success')
    await tell(`有 ${left} 项没能删除`, '手机的存储这次没有删掉它们。下次打开小程序时会再删一次；也可以现在再点一次“删除全部数据”。')
  }
  return { restore, deleteData }
}

/**
 * 设置与数据: how much of the quota is used, copies kept aside, export everything, delete everything.
 * `exportAll` comes from the page: the case read model assembles the export.
 */
export function DataSettings({ exportAll }: { exportAll: () => Promise<string> }) {
  const [usage, setUsage] = useState(storageUsage)
  const [copies, setCopies] = useState<KeptCopy[]>([])
  const level = usage.ok ? quotaLevel(usage.value.usedKb, usage.value.limitKb) : null
  const refresh = async () => {
    setUsage(storageUsage())
    setCopies(await listKeptCopies(registeredRecords()))
  }
  useEffect(() => {
    void listKeptCopies(registeredRecords()).then(setCopies)
  }, [])

  const exportData = async () => {
    const json = await exportAll()
    const copied = await copyText(json)
    if (copied.ok) showToast('已复制全部数据', 'success')
    else showToast('没能复制。可以在剪贴板权限打开后再试。')
  }

  const { restore, deleteData } = useDataActions(refresh)

  return (
    <View className='bj-data'>
      <View className='bj-section-title'>存储空间</View>
      <View className='bj-card'>
        {usage.ok && level ? (
          <>
            <View className='bj-data__usage' id='settings-usage'>
              {usageInWords(usage.value.usedKb, usage.value.limitKb)}，{roomInWords(usage.value.usedKb, usage.value.limitKb)}
            </View>
            <View className='bj-data__bar' aria-hidden='true'>
              <View
                className={`bj-data__bar-fill${level.nearlyFull ? ' bj-data__bar-fill--warn' : ''}`}
                style={{ width: `${Math.max(level.percent, 1)}%` }}
              />
            </View>
            {level.nearlyFull ? (
              <View className='bj-data__warning' role='alert'>
                空间快满了，新记录可能存不进去。请先导出，再删除不需要的证据或照片。
              </View>
            ) : null}
          </>
        ) : (
          <View className='bj-muted'>读不到存储空间的用量。</View>
        )}
      </View>
      <KeptCopies copies={copies} onRestore={(copy, replaceClashing) => void restore(copy, replaceClashing)} />
      <View className='bj-section-title'>数据</View>
      <View className='bj-data__actions'>
        <TapButton id='settings-export' tone='primary' onTap={() => exportData()}>
          导出全部数据（复制）
        </TapButton>
        <View className='bj-muted bj-data__note'>导出的是文字记录；照片请在相册里另外保存。</View>
        <TapButton id='settings-delete' tone='danger' className='bj-data__delete' onTap={() => deleteData()}>
          删除全部数据
        </TapButton>
      </View>
    </View>
  )
}
