import { View } from '@tarojs/components'
import { evidenceTypeInfo } from '@/content/evidence-types'
import { maskAccount } from '@/lib/account-number'
import { formatFen } from '@/lib/money'
import { formatDateTime } from '@/lib/time'
import type { CallRecord } from '@/features/calls'
import type { EvidenceNote } from '@/features/evidence'
import type { TimelineItem } from '../timeline'

const CALL_OUTCOMES = { dialled: '已拨出', cancelled: '未拨出', failed: '未能拨出' } as const

/** 「已接通，回执号 A123」「没打通」「已拨出」: what the user said after the call, or what the phone did. */
function callOutcome(call: CallRecord): string {
  if (call.outcome !== 'dialled' || call.answered === undefined) return CALL_OUTCOMES[call.outcome]
  if (!call.answered) return '没打通'
  return call.reference ? `已接通，回执号 ${call.reference}` : '已接通'
}

function NoteSummary({ note }: { note?: EvidenceNote }) {
  if (!note) return <View className='bj-muted'>正在读取…</View>
  const details = [
    note.amountFen !== undefined ? formatFen(note.amountFen) : '',
    note.party.account ? `账号 ${maskAccount(note.party.account)}` : '',
    note.party.institution ?? '',
    note.photos.length ? `照片 ${note.photos.length} 张` : '',
  ].filter(Boolean)
  return (
    <>
      {details.length ? <View className='bj-timeline__details'>{details.join(' · ')}</View> : null}
      {note.text ? <View className='bj-timeline__text'>{note.text}</View> : null}
    </>
  )
}

interface TimelineRowProps {
  item: TimelineItem
  note?: EvidenceNote
  onOpenNote: (id: string) => void
}

/** The tag and text of a row that is a record, not a note: a call, a ticked step, a finished follow-up. */
function recordRow(item: Exclude<TimelineItem, { kind: 'note' }>): { tag: string; tone: 'call' | 'step'; text: string } {
  switch (item.kind) {
    case 'call':
      return { tag: '拨打记录', tone: 'call', text: `${item.call.label} ${item.call.number}（${callOutcome(item.call)}）` }
    case 'follow-up':
      return { tag: '跟进', tone: 'step', text: `已完成：${item.followUp.title}` }
    case 'step':
      return { tag: '处置步骤', tone: 'step', text: `已完成：${item.step.title}` }
  }
}

function RowHead({ tag, tone, at }: { tag: string; tone?: 'call' | 'step'; at: number }) {
  return (
    <View className='bj-timeline__head'>
      <View className={`bj-timeline__tag${tone ? ` bj-timeline__tag--${tone}` : ''}`}>{tag}</View>
      <View className='bj-timeline__time'>{formatDateTime(at)}</View>
    </View>
  )
}

/** One row of the case timeline. Only notes open the editor; calls and steps are a record. */
export function TimelineRow({ item, note, onOpenNote }: TimelineRowProps) {
  if (item.kind === 'note') {
    return (
      <View
        id={`timeline-${item.id}`}
        className='bj-timeline__row bj-timeline__row--note'
        hoverClass='is-pressed'
        role='button'
        aria-label={`打开这条证据：${evidenceTypeInfo(item.type).label} ${formatDateTime(item.at)}`}
        onClick={() => onOpenNote(item.id)}
      >
        <RowHead tag={evidenceTypeInfo(item.type).label} at={item.at} />
        <NoteSummary note={note} />
      </View>
    )
  }
  const { tag, tone, text } = recordRow(item)
  return (
    <View className='bj-timeline__row'>
      <RowHead tag={tag} tone={tone} at={item.at} />
      <View className='bj-timeline__text'>{text}</View>
    </View>
  )
}
