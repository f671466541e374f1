import { View } from '@tarojs/components'
import { evidenceTypeInfo } from '@/content/evidence-types'
import { maskAccount } from '@/lib/account-number'
import { formatFen } from '@/lib/money'
import { formatDateTime } from '@/lib/time'
import type { EvidenceNote } from '@/features/evidence'
import type { TimelineItem } from '../timeline'

const CALL_OUTCOMES = { dialled: '已拨出', cancelled: '未拨出', failed: '未能拨出' } as const

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

/** One row of the case timeline. Only notes open the editor; calls and steps are a record. */
export function TimelineRow({ item, note, onOpenNote }: TimelineRowProps) {
  if (item.kind === 'note') {
    return (
      <View
        id={`timeline-${item.id}`}
        className='bj-timeline__row bj-timeline__row--note'
        hoverClass='is-pressed'
        role='button'
        onClick={() => onOpenNote(item.id)}
      >
        <View className='bj-timeline__head'>
          <View className='bj-timeline__tag'>{evidenceTypeInfo(item.type).label}</View>
          <View className='bj-timeline__time'>{formatDateTime(item.at)}</View>
        </View>
        <NoteSummary note={note} />
      </View>
    )
  }
  if (item.kind === 'call') {
    return (
      <View className='bj-timeline__row'>
        <View className='bj-timeline__head'>
          <View className='bj-timeline__tag bj-timeline__tag--call'>拨打电话</View>
          <View className='bj-timeline__time'>{formatDateTime(item.at)}</View>
        </View>
        <View className='bj-timeline__text'>
          {item.call.label} {item.call.number}（{CALL_OUTCOMES[item.call.outcome]}）
        </View>
      </View>
    )
  }
  if (item.kind === 'follow-up') {
    return (
      <View className='bj-timeline__row'>
        <View className='bj-timeline__head'>
          <View className='bj-timeline__tag bj-timeline__tag--step'>跟进</View>
          <View className='bj-timeline__time'>{formatDateTime(item.at)}</View>
        </View>
        <View className='bj-timeline__text'>已完成：{item.followUp.title}</View>
      </View>
    )
  }
  return (
    <View className='bj-timeline__row'>
      <View className='bj-timeline__head'>
        <View className='bj-timeline__tag bj-timeline__tag--step'>处置步骤</View>
        <View className='bj-timeline__time'>{formatDateTime(item.at)}</View>
      </View>
      <View className='bj-timeline__text'>已完成：{item.step.title}</View>
    </View>
  )
}
