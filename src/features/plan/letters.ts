import { SITUATIONS, type Situation } from '@/content/plan-answers'
import type { LetterId } from '@/content/plan-steps'
import { checkAccount, displayAccount } from '@/lib/account-number'
import { checkIdNumber } from '@/lib/id-number'
import { normalisePhone } from '@/lib/phone-number'
import { wellFormed } from '@/lib/text'
import { formatFen } from '@/lib/money'
import { formatFullDate, formatFullDateTime } from '@/lib/time'
import type { PlanAnswers } from './model'

/** What the user may fill in once, for every letter. Kept on the phone with the plan. */
export interface LetterDetails {
  ownerName: string
  ownerPhone: string
  ownerIdNumber: string
  sourceName: string
  accountOrOrder: string
  bankName: string
  cardNumber: string
  receiptNumber: string
}

export const LETTER_FIELDS: { field: keyof LetterDetails; label: string; letters: LetterId[] }[] = [
  { field: 'ownerName', label: '你的姓名', letters: ['deletion-request', 'regulator-complaint', 'bank-stop-payment', 'police-statement'] },
  {
    field: 'ownerPhone',
    label: '你的联系电话',
    letters: ['deletion-request', 'regulator-complaint', 'bank-stop-payment', 'police-statement'],
  },
  { field: 'ownerIdNumber', label: '你的身份证号', letters: ['bank-stop-payment', 'police-statement'] },
  { field: 'sourceName', label: '泄露信息的平台或航空公司', letters: ['deletion-request', 'regulator-complaint'] },
  { field: 'accountOrOrder', label: '你在该平台的账号或订单号', letters: ['deletion-request', 'regulator-complaint'] },
  { field: 'bankName', label: '你的开户银行', letters: ['bank-stop-payment'] },
  { field: 'cardNumber', label: '你的银行卡号', letters: ['bank-stop-payment'] },
  { field: 'receiptNumber', label: '受案回执编号（报案后填写）', letters: ['bank-stop-payment'] },
]

/** The longest value a letter field takes: names of banks and branches fit, a pasted paragraph does not. */
export const MAX_DETAIL_LENGTH = 60

export type DetailCheck = { ok: true; value: string } | { ok: false; message: string }

/**
 * Checks one letter field before it goes into a letter: an ID number must pass its check digit,
 * a phone number and a card number must read as one. An empty field is fine: the letter marks the gap.
 */
export function checkLetterDetail(field: keyof LetterDetails, input: string): DetailCheck {
  const text = input.trim()
  if (!text) return { ok: true, value: '' }
  if (text.length > MAX_DETAIL_LENGTH) return { ok: false, message: `最多 ${MAX_DETAIL_LENGTH} 个字，现在有 ${text.length} 个` }
  if (field === 'ownerIdNumber') {
    const checked = checkIdNumber(text)
    return checked.ok ? { ok: true, value: checked.idNumber } : checked
  }
  if (field === 'ownerPhone') {
    const checked = normalisePhone(text)
    return checked.ok ? { ok: true, value: checked.phone } : checked
  }
  if (field === 'cardNumber') {
    const checked = checkAccount(text)
    return checked.ok ? { ok: true, value: checked.account } : checked
  }
  return { ok: true, value: wellFormed(text) }
}

/** A transfer to the scammer, from the case file. */
export interface TransferLine {
  at: number
  amountFen: number
  account?: string
  institution?: string
}

export interface LetterContext {
  answers: PlanAnswers
  details: Partial<LetterDetails>
  transfers: TransferLine[]
  /** The police-report pack from the case file, if there is one. */
  reportPack?: string
  now: number
}

export interface Letter {
  id: LetterId
  title: string
  text: string
  /** The labels of every gap left for the user to fill. */
  gaps: string[]
}

export const GAP_PREFIX = '【请填写：'

export const LETTER_TITLES: Record<LetterId, string> = {
  'deletion-request': '要求说明泄露情况并删除个人信息',
  'regulator-complaint': '向监管部门投诉',
  'bank-stop-payment': '请求银行紧急止付、冻结',
  'police-statement': '报案陈述',
}

function situationText(situation: Situation): string {
  return SITUATIONS.find((entry) => entry.situation === situation)?.label ?? '遇到诈骗或个人信息泄露'
}

/**
 * 12321 is run by 中国互联网协会 for MIIT: it takes reports but is not a department with duties under
 * PIPL art. 65, so a letter to it asks for the report to be passed on and promises no reply (hotlines.md).
 */
const REPORT_CENTRE = '12321 网络不良与垃圾信息举报受理中心'

/** Who takes the complaint, by situation: the financial regulator for lenders, market regulators for ticket sellers. */
function regulatorFor(situation: Situation): string {
  if (situation === 'lending-leak') return '国家金融监督管理总局（12378）'
  if (situation === 'airline-scam' || situation === 'ticket-platform-leak') return '市场监督管理部门（12315）'
  return REPORT_CENTRE
}

/** The request that closes a complaint: a reply under art. 65 only from a department that owes one. */
function complaintRequest(regulator: string): string {
  if (regulator === REPORT_CENTRE) {
    return '请受理本举报，并转交工业和信息化部等有关部门依法处理。本人也可以向网信部门的违法和不良信息举报中心（12377）举报。相关证据（聊天记录、通话记录、短信、订单截图）可随时提供。'
  }
  return '依据《个人信息保护法》第六十五条，请依法调查处理，并将处理结果告知本人。相关证据（聊天记录、通话记录、短信、订单截图）可随时提供。'
}

/**
 * Writes a letter from the plan's answers, the user's details and the case file.
 * Everything the app does not know is marked 【请填写：…】 so nothing is guessed.
 */
export function buildLetter(id: LetterId, context: LetterContext): Letter {
  const gaps: string[] = []
  const value = (field: keyof LetterDetails, label: string) => {
    const text = context.details[field]?.trim()
    if (text) return text
    gaps.push(label)
    return `${GAP_PREFIX}${label}】`
  }
  const date = formatFullDate(context.now)
  const name = () => value('ownerName', '你的姓名')
  const phone = () => value('ownerPhone', '你的联系电话')
  const lines: string[] = []

  if (id === 'deletion-request') {
    lines.push(`致：${value('sourceName', '平台或航空公司名称')}`, '')
    lines.push(
      `本人${name()}（联系电话 ${phone()}）是贵方用户，账号或订单号：${value('accountOrOrder', '账号或订单号')}。本人的情况是：${situationText(context.answers.situation)}。本人有理由认为，留存在贵方的个人信息已经泄露。`,
      '',
      '依据《个人信息保护法》第五十七条、第四十七条和《民法典》第一千零三十八条，本人要求贵方：',
      '一、书面说明泄露的信息种类、原因、可能造成的危害，以及已经采取的补救措施；',
      '二、立即采取补救措施，防止本人信息继续扩散；',
      '三、删除贵方不再需要的本人个人信息，并告知处理结果；',
      '四、如拒绝上述请求，依据《个人信息保护法》第五十条说明理由。',
      '',
      '请尽快书面答复。本人保留投诉、举报和诉讼的权利。',
    )
  } else if (id === 'regulator-complaint') {
    const regulator = regulatorFor(context.answers.situation)
    lines.push(`致：${regulator}`, '')
    lines.push(
      `投诉人：${name()}，联系电话：${phone()}`,
      `被投诉方：${value('sourceName', '被投诉的平台或公司名称')}`,
      `本人在被投诉方的账号或订单号：${value('accountOrOrder', '账号或订单号')}`,
      '',
      `情况：${situationText(context.answers.situation)}。本人怀疑被投诉方未尽到个人信息安全保护义务，导致本人信息泄露，并已被用于诈骗或骚扰。`,
      '',
      complaintRequest(regulator),
    )
  } else if (id === 'bank-stop-payment') {
    lines.push(`致：${value('bankName', '你的开户银行')}`, '')
    lines.push(
      `本人${name()}（身份证号 ${value('ownerIdNumber', '你的身份证号')}，联系电话 ${phone()}），银行卡号 ${value('cardNumber', '你的银行卡号')}。`,
      '本人遭遇电信网络诈骗，已向公安机关报案，受案回执编号：' + value('receiptNumber', '受案回执编号') + '。被骗转账如下：',
    )
    if (context.transfers.length === 0) {
      gaps.push('每笔转账的时间、金额和收款账号')
      lines.push(`${GAP_PREFIX}每笔转账的时间、金额和收款账号】`)
    }
    context.transfers.forEach((transfer, index) => {
      const to = [transfer.account ? displayAccount(transfer.account) : '', transfer.institution ?? ''].filter(Boolean).join('，')
      lines.push(`${index + 1}. ${formatFullDateTime(transfer.at)} ${formatFen(transfer.amountFen)}${to ? ` → ${to}` : ''}`)
    })
    lines.push('', '依据《反电信网络诈骗法》第二十条，请配合公安机关对上述收款账户紧急止付、快速冻结，并对本人账户采取必要的保护措施。')
  } else {
    lines.push(`报案人：${name()}，身份证号：${value('ownerIdNumber', '你的身份证号')}，联系电话：${phone()}`, '')
    if (context.reportPack) lines.push(context.reportPack)
    else {
      gaps.push('事情经过、转账记录和对方信息')
      lines.push(`${GAP_PREFIX}事情经过、转账记录和对方信息】`)
    }
    lines.push('', '以上陈述属实。请依法受理，并出具受案回执。')
  }
  lines.push('', `申请人：${name()}`, `日期：${date}`)
  return { id, title: LETTER_TITLES[id], text: `${LETTER_TITLES[id]}\n\n${lines.join('\n')}`, gaps: [...new Set(gaps)] }
}

export function isLetterId(value: unknown): value is LetterId {
  return typeof value === 'string' && value in LETTER_TITLES
}
