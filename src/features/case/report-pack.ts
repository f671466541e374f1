import { evidenceTypeInfo } from '@/content/evidence-types'
import type { EmergencyVariant } from '@/content/emergency-steps'
import { displayAccount } from '@/lib/account-number'
import { formatFen } from '@/lib/money'
import { formatBeijingDateTime as formatFullDateTime, phoneOnBeijingTime } from '@/lib/beijing-time'
import type { CallRecord } from '@/features/calls'
import type { TickedStep } from '@/features/emergency'
import { totalLossFen, type EvidenceNote } from '@/features/evidence'
import { transferNotes } from './call-facts'
import type { FollowUpDone } from './timeline'

/** The person reporting, typed in when the pack is made: never in a share, kept on the phone only if they choose. */
export interface Reporter {
  name?: string
  idNumber?: string
  phone?: string
}

/**
 * The one 事发时间: the earliest of when the user said the money went out and the earliest transfer
 * note. When both exist and differ, `disagree` carries both, for the user to settle on the pack screen.
 */
export interface IncidentTime {
  at?: number
  disagree?: { stated: number; recorded: number }
}

/** Minutes apart that count as the same moment: 「10 分钟前」 is itself a guess. */
const SAME_MOMENT_MS = 5 * 60_000

export function incidentTime(moneyOutAt: number | undefined, transfers: EvidenceNote[], chosen?: number): IncidentTime {
  const recorded = transfers.length ? Math.min(...transfers.map((note) => note.occurredAt)) : undefined
  if (moneyOutAt === undefined || recorded === undefined) return { at: chosen ?? moneyOutAt ?? recorded }
  const disagree = Math.abs(moneyOutAt - recorded) > SAME_MOMENT_MS ? { stated: moneyOutAt, recorded } : undefined
  return { at: chosen ?? Math.min(moneyOutAt, recorded), disagree }
}

export interface ReportPackInput {
  notes: EvidenceNote[]
  calls: CallRecord[]
  steps: TickedStep[]
  followUps: FollowUpDone[]
  /** When each emergency began, if the user started one. */
  startedAt: Partial<Record<EmergencyVariant, number>>
  /** When the money went out, as the user said on the emergency screen: the case's 事发时间. */
  moneyOutAt?: number
  /** What kind of scam, in the user's words from the plan: 「订票信息泄露后，被冒充航空公司骗了」. */
  scamType?: string
  /** Notes that are stored but could not be read just now: the totals may be short by these. */
  unreadNotes?: number
  reporter?: Reporter
  /** The 事发时间 the user settled on, when the stated time and the notes disagree. */
  chosenIncidentAt?: number
  now: number
}

const SITUATIONS: Record<EmergencyVariant, string> = {
  scammed: '遭遇诈骗',
  leaked: '个人信息泄露',
}

/** A call in plain first-person report wording: 「我拨打 110（报警电话），已接通，回执号 A123。」 */
function callLine(call: CallRecord): string {
  const who = `我拨打 ${call.number}（${call.label}）`
  if (call.outcome !== 'dialled') return `${who}，${call.outcome === 'cancelled' ? '没有拨出' : '没能拨出'}。`
  if (call.answered === undefined) return `${who}。`
  if (!call.answered) return `${who}，没有打通。`
  const reference = call.reference ? `，回执号/工单号 ${call.reference}` : ''
  const note = call.note ? `。对方说：${call.note}` : ''
  return `${who}，已接通${reference}${note}。`
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

/** One first-person sentence of what happened, in report style, from the 事发时间, the transfers and the accounts. */
function summary({ firstEvent, transfers, scamType }: { firstEvent: number; transfers: EvidenceNote[]; scamType?: string }): string {
  const when = Number.isFinite(firstEvent) ? `我于 ${formatFullDateTime(firstEvent)}` : '我'
  if (transfers.length === 0) return `经过：${when}${scamType ? `遇到以下情况：${scamType}` : '遇到诈骗'}，具体经过见下文。`
  const total = formatFen(transfers.reduce((sum, note) => sum + (note.amountFen ?? 0), 0))
  const accounts = distinct(transfers.map((note) => (note.party.account ? displayAccount(note.party.account) : undefined)))
  const to = accounts.length ? `，转入对方账户 ${accounts.join('、')}` : ''
  return `经过：${when}被骗，先后向对方转账 ${transfers.length} 笔，共 ${total}${to}。`
}

/**
 * The police-report pack (报案材料): one plain-text document in the shape the police ask for —
 * what happened, the timeline, the loss, the other party's details, and the evidence list.
 * Account numbers are shown in full here, because this is what the police need.
 */
export function buildReportPack(input: ReportPackInput): string {
  const { notes, calls, steps, followUps, startedAt, moneyOutAt, scamType, reporter, chosenIncidentAt, unreadNotes = 0, now } = input
  const unreadLine = unreadNotes > 0 ? `有 ${unreadNotes} 条证据暂时读不出来，合计可能不全。请稍后重新打开报案材料再看。` : undefined
  const byTime = [...notes].sort((a, b) => a.occurredAt - b.occurredAt)
  const transfers = transferNotes(notes)
  const started = Object.entries(startedAt)
    .filter((entry): entry is [EmergencyVariant, number] => typeof entry[1] === 'number')
    .sort((a, b) => a[1] - b[1])
  // One 事发时间: the earlier of the stated transfer time and the first transfer note; otherwise the earliest record.
  const firstEvent =
    incidentTime(moneyOutAt, transfers, chosenIncidentAt).at ??
    Math.min(...[...byTime.map((note) => note.occurredAt), ...started.map(([, at]) => at)].filter(Number.isFinite))

  const lines: string[] = []
  lines.push('报案材料')
  lines.push(`整理时间：${formatFullDateTime(now)}（由本人用“被骗急救”小程序整理，请核对）`)
  // A phone set to another zone would otherwise show other clock times than the ones the police read.
  if (!phoneOnBeijingTime(now)) lines.push('本材料中的时间都是北京时间。')
  lines.push('')

  lines.push('报案人信息')
  lines.push(`姓名：${reporter?.name?.trim() || '（请填写）'}`)
  lines.push(`身份证号：${reporter?.idNumber?.trim() || '（请填写）'}`)
  lines.push(`联系电话：${reporter?.phone?.trim() || '（请填写）'}`)
  lines.push('')

  lines.push('一、基本情况')
  lines.push(
    `事发时间：${Number.isFinite(firstEvent) ? formatFullDateTime(firstEvent) : '（请填写）'}${firstEvent > now ? '（晚于整理时间，手机时间可能不准，请核对）' : ''}`,
  )
  lines.push(`情况：${scamType ?? (started.length ? started.map(([variant]) => SITUATIONS[variant]).join('、') : '（请填写）')}`)
  lines.push(summary({ firstEvent, transfers, scamType }))
  lines.push(`已记录证据 ${notes.length} 条，其中转账 ${transfers.length} 笔（以转账记录为准）。`)
  if (unreadLine) lines.push(unreadLine)
  lines.push('')

  lines.push('二、经过（按时间先后）')
  const events = [
    ...byTime.map((note) => ({ at: note.occurredAt, text: noteLine(note) })),
    ...calls.map((call) => ({ at: call.at, text: `【拨打记录】${callLine(call)}` })),
    ...steps.map((step) => ({ at: step.at, text: `【处置】我已完成：${step.title}` })),
    ...followUps.map((followUp) => ({ at: followUp.at, text: `【跟进】我已完成：${followUp.title}` })),
  ].sort((a, b) => a.at - b.at)
  if (events.length === 0) lines.push('（暂无记录）')
  events.forEach((event, index) => lines.push(`${index + 1}. ${formatFullDateTime(event.at)} ${event.text}`))
  lines.push('')

  lines.push('三、损失合计')
  lines.push(`合计：${formatFen(totalLossFen(notes))}（已记下的 ${transfers.length} 笔转账）`)
  if (unreadLine) lines.push(unreadLine)
  transfers.forEach((note, index) => {
    const to = [note.party.account ? displayAccount(note.party.account) : '', note.party.institution ?? ''].filter(Boolean).join('，')
    lines.push(`${index + 1}. ${formatFullDateTime(note.occurredAt)} ${formatFen(note.amountFen ?? 0)}${to ? ` → ${to}` : ''}`)
  })
  lines.push('还有没记下的转账，我会当面向民警补充。')
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
