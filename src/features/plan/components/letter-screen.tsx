import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { LetterId } from '@/content/plan-steps'
import { TapButton } from '@/components/tap-button'
import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import { currentReportPack } from '@/features/evidence/current-report'
import { buildLetter, type TransferLine } from '../letters'
import { LetterFields } from './letter-fields'
import { usePlan } from '../store'
import './plan.scss'

const NEEDS_CASE_FILE: LetterId[] = ['bank-stop-payment', 'police-statement']

/** A letter filled in from the plan and the case file; gaps are marked, and one tap copies it. */
export function LetterScreen({ id }: { id: LetterId }) {
  const answers = usePlan((state) => state.answers)
  const details = usePlan((state) => state.details)
  const [caseFile, setCaseFile] = useState<{ transfers: TransferLine[]; reportPack?: string } | null>(
    NEEDS_CASE_FILE.includes(id) ? null : { transfers: [] },
  )

  useEffect(() => {
    if (!NEEDS_CASE_FILE.includes(id)) return
    void currentReportPack().then(({ text, notes }) => {
      const transfers = notes
        .filter((note) => note.type === 'transfer' && note.amountFen !== undefined)
        .sort((a, b) => a.occurredAt - b.occurredAt)
        .map((note) => ({ at: note.occurredAt, amountFen: note.amountFen ?? 0, account: note.party.account, institution: note.party.institution }))
      setCaseFile({ transfers, reportPack: notes.length > 0 ? text : undefined })
    })
  }, [id])

  if (!answers) return <View className='bj-card'>请先回答几个问题，生成处置计划，再来写信。</View>
  if (!caseFile) return <View className='bj-card bj-muted'>正在整理…</View>
  const letter = buildLetter(id, { answers, details, transfers: caseFile.transfers, reportPack: caseFile.reportPack, now: Date.now() })

  const copy = async () => {
    const copied = await copyText(letter.text)
    if (copied.ok) showToast(letter.gaps.length ? '已复制。记得把【请填写】的地方补上' : '已复制，可以粘贴发送', 'success')
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
        <TapButton id='letter-copy' tone='primary' onTap={() => void copy()}>
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
