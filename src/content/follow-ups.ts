import type { EmergencyVariant } from './emergency-steps'
import { fact, sources } from './sources'
import type { ReminderTarget, Repeat } from './reminder-targets'
import type { Sourced } from './types'

/** A follow-up the app suggests, with a sensible default time and the reason, from the facts. */
export interface FollowUpPreset extends Sourced {
  id: string
  target: ReminderTarget
  title: string
  /** Why this follow-up matters, one line. */
  reason: string
  /** When it falls due, counted from the moment it is added. */
  after: { hours: number } | { days: number; at: string }
  repeat: Repeat
  /** For a repeating preset: how many days it keeps repeating. */
  repeatForDays?: number
  /** A number from the hotline directory to call, by hotline id. */
  hotlineId?: string
  situations: EmergencyVariant[]
}

const FIRST_MINUTES = fact('laws.md', 'First minutes after money has gone')
const PIPL_57 = fact('laws.md', 'Personal Information Protection Law', '第五十七条')
const GOVERNMENT = fact('hotlines.md', 'Emergency and government')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')

export const FOLLOW_UP_PRESETS: FollowUpPreset[] = [
  {
    id: 'bank-confirm-freeze',
    target: 'bank',
    title: '给银行回电，确认你卡的挂失或冻结已生效',
    reason: '确认你卡的挂失/冻结；止付进度问办案民警。收款账户的止付由警方发起，银行只管你自己的卡。',
    after: { hours: 2 },
    repeat: 'none',
    situations: ['scammed'],
    source: sources(FIRST_MINUTES, fact('laws.md', 'Anti-Telecom and Online Fraud Law', '第二十条')),
    verifiedAt: '2026-11',
  },
  {
    id: 'police-case-decision',
    target: 'police',
    title: '问派出所是否已经立案',
    reason: '一般 3 日内决定是否立案，复杂的会更久。打电话或去派出所问一下，记下答复。',
    after: { days: 3, at: '10:00' },
    repeat: 'none',
    situations: ['scammed'],
    source: fact('laws.md', 'Reporting to the police', '《关于改革完善受案立案制度的意见》'),
    verifiedAt: '2026-11',
  },
  {
    id: 'platform-written-answer',
    target: 'airline',
    title: '要求航空公司或平台书面说明信息泄露情况',
    reason: '信息泄露后，处理者一般应当告知受影响的人泄露了什么、采取了哪些措施。',
    after: { days: 1, at: '10:00' },
    repeat: 'none',
    situations: ['scammed', 'leaked'],
    source: sources(PIPL_57, SEED_STEPS),
    verifiedAt: '2026-11',
  },
  {
    id: 'yizhengtongcha-result',
    target: 'regulator',
    title: '查看一证通查的结果短信',
    reason: '申请一证通查后，结果会在 48 小时内由 10699000 短信发来。看看每家运营商名下的卡数、手机号关联的账号数对不对。',
    after: { hours: 48 },
    repeat: 'none',
    situations: ['leaked', 'scammed'],
    source: GOVERNMENT,
    verifiedAt: '2026-11',
  },
  {
    id: 'credit-report-week',
    target: 'bank',
    title: '查一次征信报告',
    reason: '看看有没有人用你的身份办贷款或信用卡。所有渠道合计每年免费两次。',
    after: { days: 7, at: '10:00' },
    repeat: 'none',
    hotlineId: 'credit-center',
    situations: ['scammed', 'leaked'],
    source: sources(GOVERNMENT, SEED_STEPS),
    verifiedAt: '2026-11',
  },
  {
    id: 'credit-report-month',
    target: 'bank',
    title: '再查一次征信报告',
    reason: '冒用身份办的贷款可能过一段时间才出现在报告里。',
    after: { days: 30, at: '10:00' },
    repeat: 'none',
    hotlineId: 'credit-center',
    situations: ['scammed', 'leaked'],
    source: sources(GOVERNMENT, SEED_STEPS),
    verifiedAt: '2026-11',
  },
  {
    id: 'account-review-daily',
    target: 'bank',
    title: '看一遍银行卡和支付账户的流水',
    reason: '发现不认识的交易，马上打银行电话。先每天看一次，坚持一周。',
    after: { days: 1, at: '20:00' },
    repeat: 'daily',
    repeatForDays: 7,
    situations: ['scammed', 'leaked'],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
]
