import { useStore } from 'zustand'
import { View } from '@tarojs/components'
import {
  FULL_BEFORE_UPGRADE_MESSAGE,
  NEWER_VERSION_MESSAGE,
  dismissStorageProblems,
  storageProblems,
  type StorageProblem,
} from '@/persistence/persisted-storage'
import { exportRawData } from '@/services/raw-export'
import { navigate } from '@/services/navigate'
import { ROUTES } from '@/lib/routes'
import { TapButton } from './tap-button'
import './storage-problem-banner.scss'

/** An old record that could not be backed up, and so not upgraded, because storage is full: readable, not broken. */
const isFullBeforeUpgrade = (problem: StorageProblem) => problem.kind === 'backup-failed' && problem.reason === 'quota'

function describe(problems: StorageProblem[]): string[] {
  const lines: string[] = []
  const writeFailed = problems.find((problem) => problem.kind === 'write-failed')
  if (writeFailed?.reason === 'quota') {
    lines.push('手机上的小程序存储空间满了，刚才的改动没能保存。可以到“更多 → 设置与数据”导出后清理，再试一次。')
  } else if (writeFailed) lines.push('刚才的改动没能保存到手机上。请再试一次；已经保存的内容不受影响。')
  if (problems.some((problem) => problem.kind === 'newer')) lines.push(`${NEWER_VERSION_MESSAGE}。`)
  if (problems.some(isFullBeforeUpgrade)) lines.push(FULL_BEFORE_UPGRADE_MESSAGE)
  const unreadable = problems.filter(
    (problem) => ['corrupt', 'entries-set-aside', 'read-failed', 'backup-failed'].includes(problem.kind) && !isFullBeforeUpgrade(problem),
  )
  if (unreadable.length > 0) {
    const setAside = unreadable.reduce(
      (sum, problem) => sum + (problem.kind === 'entries-set-aside' ? (problem.count ?? 1) : problem.kind === 'corrupt' ? 1 : 0),
      0,
    )
    lines.push(
      setAside > 0
        ? `有 ${setAside} 条保存的记录读不出来，已另外保存一份，不会丢。其他内容照常可用。`
        : '有一部分保存的数据暂时读不出来，没有删除，也不会被覆盖。其他内容照常可用。',
    )
  }
  return lines
}

/** Tells the user, in plain words, when stored data could not be read or written. */
export function StorageProblemBanner() {
  const problems = useStore(storageProblems, (state) => state.problems)
  if (problems.length === 0) return null
  return (
    <View className='bj-storage-problem' role='alert'>
      {describe(problems).map((line) => (
        <View className='bj-storage-problem__text' key={line}>
          {line}
        </View>
      ))}
      <View className='bj-storage-problem__actions'>
        {problems.some((problem) => problem.reason === 'quota') ? (
          <TapButton id='storage-free-space' tone='plain' className='bj-storage-problem__action' onTap={() => navigate(ROUTES.settings)}>
            去清理存储空间
          </TapButton>
        ) : null}
        <TapButton id='storage-export-raw' tone='plain' className='bj-storage-problem__action' onTap={() => exportRawData()}>
          导出原始数据
        </TapButton>
        <TapButton tone='plain' className='bj-storage-problem__action' onTap={dismissStorageProblems}>
          知道了
        </TapButton>
      </View>
    </View>
  )
}
