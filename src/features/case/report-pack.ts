import { evidenceTypeInfo } from '@/content/evidence-types'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { displayAccount } from '@/lib/account-number'
import { formatFen } from '@/lib/money'
import { formatFullDateTime } from '@/lib/time'
import type { CallRecord } from '@/features/calls'
import type { TickedStep } from '@/features/emergency'
import { totalLossFen, type EvidenceNote } from '@/features/evidence'
import type { FollowUpDone } from './timeline'

export interface ReportPackInput {
  notes: EvidenceNote[]
  calls: CallRecord[]
  steps: TickedStep[]
  followUps: FollowUpDone[]
  /** When each emergency began, if the user started one. */
  startedAt: Partial<Record<EmergencyVariant, number>>
  now: number
}

const SITUATIONS: Record<EmergencyVariant, string> = {
  scammed: '遭遇诈骗',
  leaked: '个人信息泄露',
}

const CALL_OUTCOMES: Record<CallRecord['outcome'], string> = {
  dialled: '已拨出',
  cancelled: '未拨出',
  failed: '未能拨出',
}

function partyLine(note: EvidenceNote): string {
  const { name, phone, account, institution } = note.party
  const parts = [
    name ? `姓名/昵称 ${name}` : '',
    phone ? `电话 ${phone}` : '',
    account ? `账号 ${displayAccount(account)}` : '',
    institution ? `${institution}` : '',
  ].filter(Boolean)
  return parts.length ? `对方：${parts.join('，')}。` : ''
}

function noteLine(note: EvidenceNote): string {
  const label = evidenceTypeInfo(note.type).label
  const amount = note.amountFen !== undefined ? `金额 ${formatFen(note.amountFen)}。` : ''
  const text = note.text ? `${note.text.replace(/\s+/g, ' ')}` : ''
  return `【${label}】${amount}${partyLine(note)}${text}`.trim()
}

function distinct(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))]
}

/**
 * The police-report pack (报案材料): one plain-text document in the shape the police ask for —
 * what happened, the timeline, the loss, the other party's details, and the evidence list.
 * Account numbers are shown in full here, because this is what the police need.
 */
export function buildReportPack({ notes, calls, steps, followUps, startedAt, now }: ReportPackInput): string {
  const byTime = [...notes].sort((a, b) => a.occurredAt - b.occurredAt)
  const transfers = byTime.filter((note) => note.type === 'transfer' && note.amountFen !== undefined)
  const started = Object.entries(startedAt)
    .filter((entry): entry is [EmergencyVariant, number] => typeof entry[1] === 'number')
    .sort((a, b) => a[1] - b[1])
  const firstEvent = Math.min(...[...byTime.map((note) => note.occurredAt), ...started.map(([, at]) => at)].filter(Number.isFinite))

  const lines: string[] = []
  lines.push('报案材料')
  lines.push(`整理时间：${formatFullDateTime(now)}（由本人用“被骗急救”小程序整理，请核对）`)
  lines.push('')

  lines.push('一、基本情况')
  lines.push(`事发时间：${Number.isFinite(firstEvent) ? formatFullDateTime(firstEvent) : '（请填写）'}`)
  lines.push(`情况：${started.length ? started.map(([variant]) => SITUATIONS[variant]).join('、') : '（请填写）'}`)
  lines.push(`已记录证据 ${notes.length} 条，其中转账 ${transfers.length} 笔。`)
  lines.push('')

  lines.push('二、经过（按时间先后）')
  const events = [
    ...byTime.map((note) => ({ at: note.occurredAt, text: noteLine(note) })),
    ...calls.map((call) => ({ at: call.at, text: `【拨打电话】${call.label} ${call.number}（${CALL_OUTCOMES[call.outcome]}）` })),
    ...steps.map((step) => ({ at: step.at, text: `【处置】${step.title}（已完成）` })),
    ...followUps.map((followUp) => ({ at: followUp.at, text: `【跟进】${followUp.title}（已完成）` })),
  ].sort((a, b) => a.at - b.at)
  if (events.length === 0) lines.push('（暂无记录）')
  events.forEach((event, index) => lines.push(`${index + 1}. ${formatFullDateTime(event.at)} ${event.text}`))
  lines.push('')

  lines.push('三、损失合计')
  lines.push(`合计：${formatFen(totalLossFen(notes))}（${transfers.length} 笔转账）`)
  transfers.forEach((note, index) => {
    const to = [note.party.account ? displayAccount(note.party.account) : '', note.party.institution ?? ''].filter(Boolean).join('，')
    lines.push(`${index + 1}. ${formatFullDateTime(note.occurredAt)} ${formatFen(note.amountFen ?? 0)}${to ? ` → ${to}` : ''}`)
  })
  lines.push('')

  lines.push('四、对方信息')
  const accounts = distinct(byTime.map((note) => (note.party.account ? displayAccount(note.party.account) : undefined)))
  const phones = distinct(byTime.map((note) => note.party.phone))
  const institutions = distinct(byTime.map((note) => note.party.institution))
  const names = distinct(byTime.map((note) => note.party.name))
  lines.push(`账号/卡号：${accounts.length ? accounts.join('；') : '（无）'}`)
  lines.push(`电话：${phones.length ? phones.join('；') : '（无）'}`)
  lines.push(`银行/平台：${institutions.length ? institutions.join('；') : '（无）'}`)
  lines.push(`姓名/昵称：${names.length ? names.join('；') : '（无）'}`)
  lines.push('')

  lines.push('五、证据清单')
  if (byTime.length === 0) lines.push('（暂无）')
  byTime.forEach((note, index) => {
    const info = evidenceTypeInfo(note.type)
    lines.push(`${index + 1}. ${info.label}｜${info.legalCategory}｜${formatFullDateTime(note.occurredAt)}｜照片 ${note.photos.length} 张`)
  })
  lines.push('')
  lines.push('照片和截图原件保存在本人手机中，可当面出示。请向接警民警索要受案回执。')
  return lines.join('\n')
}
