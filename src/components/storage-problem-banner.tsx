import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { dismissStorageProblems, subscribeStorageProblems, type StorageProblem } from '@/platform/persisted-storage'
import { TapButton } from './tap-button'
import './storage-problem-banner.scss'

function describe(problems: StorageProblem[]): string {
  const writeFailed = problems.find((problem) => problem.kind === 'write-failed')
  if (writeFailed?.reason === 'quota') {
    return '手机上的小程序存储空间满了，刚才的改动没能保存。请到“更多”里清理旧记录，或清理微信存储空间后再试。'
  }
  if (writeFailed) return '刚才的改动没能保存到手机上。请再试一次；已经保存的内容不受影响。'
  const unreadable = problems.filter((problem) => problem.kind !== 'write-failed').length
  return `有 ${unreadable} 项保存的记录读不出来，已另外保存一份，其他内容照常可用。`
}

/** Tells the user, in plain words, when stored data could not be read or written. */
export function StorageProblemBanner() {
  const [problems, setProblems] = useState<StorageProblem[]>([])
  useEffect(() => subscribeStorageProblems(setProblems), [])
  if (problems.length === 0) return null
  return (
    <View className='bj-storage-problem' role='alert'>
      <View className='bj-storage-problem__text'>{describe(problems)}</View>
      <TapButton tone='plain' onTap={dismissStorageProblems}>
        知道了
      </TapButton>
    </View>
  )
}
