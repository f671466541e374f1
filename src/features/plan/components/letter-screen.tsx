import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { LetterId } from '@/content/plan-steps'
import { TapButton } from '@/ui/tap-button'
import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import { buildLetter, type TransferLine } from '../letters'
import { LetterFields } from './letter-fields'
import { usePlan } from '../store'
import './plan.scss'

const NEEDS_CASE_FILE: LetterId[] = ['bank-stop-payment', 'police-statement']

/** What a letter takes from the case file, which the page supplies from the case read model. */
export type CaseFileForLetters = { transfers: TransferLine[]; reportPack?: string }

/** A letter filled in from the plan and the case file; gaps are marked, and one tap copies it. */
export function LetterScreen({ id, loadCaseFile }: { id: LetterId; loadCaseFile: () => Promise<CaseFileForLetters> }) {
  const answers = usePlan((state) => state.answers)
  const details = usePlan((state) => state.details)
  const [caseFile, setCaseFile] = useState<CaseFileForLetters | null>(NEEDS_CASE_FILE.includes(id) ? null : { transfers: [] })

  useEffect(() => {
    if (NEEDS_CASE_FILE.includes(id)) void loadCaseFile().then(setCaseFile)
  }, [id, loadCaseFile])

  if (!answers) return <View className='bj-card'>请先回答几个问题，生成处置计划，再来写信。</View>
  if (!caseFile) return <View className='bj-card bj-muted'>正在整理…</View>
  const letter = buildLetter(id, { answers, details, transfers: caseFile.transfers, reportPack: caseFile.reportPack, now: Date.now() })

  const copy = async () => {
    const copied = await copyText(letter.text)
    if (copied.ok) showToast('已复制', 'success')
    else showToast('没能复制。可以长按信件文字手动复制。')
  }

  return (
    <View className='bj-letter'>
      <View className='bj-card'>
        <View className='bj-plan-step__title'>填一次，所有信件都会用上</View>
        <LetterFields letterId={id} saved={details} />
        <View className='bj-muted'>这些只存在你的手机上。不想填的，复制后再手写也可以。</View>
      </View>
      <View className='bj-letter__actions'>
        <TapButton id='letter-copy' tone='primary' onTap={() => copy()}>
          复制这封信
        </TapButton>
        <View className='bj-muted' id='letter-gaps'>
          {letter.gaps.length ? `还有 ${letter.gaps.length} 处需要你填写（信中标着【请填写】）` : '信件已填写完整'}
        </View>
      </View>
      <View className='bj-card'>
        <Text id='letter-text' className='bj-letter__text' userSelect>
          {letter.text}
        </Text>
      </View>
    </View>
  )
}
