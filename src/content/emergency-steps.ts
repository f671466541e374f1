import { fact, sources } from './sources'
import type { HotlineAction, Sourced } from './types'

export type EmergencyVariant = 'scammed' | 'leaked'

/** A button on an emergency step card. */
export type StepAction =
  | HotlineAction
  /** A link to the full hotline directory. */
  | { kind: 'directory'; label: string }
  /** Opens the evidence editor at once, time set to now, amount and account first. */
  | { kind: 'add-evidence'; label: string }
  /** Opens the warning card to send to family. */
  | { kind: 'warn-family'; label: string }

export interface EmergencyStep extends Sourced {
  id: string
  /** What to do, verb first. */
  title: string
  /** Why, in one or two short sentences. */
  body: string
  /** A short list the user can scan: which records to keep, which signs to watch for. */
  points?: string[]
  /** Shown in red: the thing that must not happen. */
  warning?: string
  actions: StepAction[]
}

const MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')
const FIRST_MINUTES = fact('laws.md', 'First minutes after money has gone')
const NEVER_REAL = fact('hotlines.md', 'Things the app must never present as real')
const GOVERNMENT = fact('hotlines.md', 'Emergency and government')

/** The advice line, offered beside the report step as advice only (hotlines.md: 96110). */
const ASK_96110: StepAction = { kind: 'consult', hotlineId: 'anti-fraud-96110', label: '拿不准？打 96110 咨询' }

const stopPaying: EmergencyStep = {
  id: 'stop-paying',
  title: '立刻停止转账',
  body: '挂断对方电话，不要再付任何一笔钱，也不要回拨对方留的号码。',
  warning: '要你交“保证金”“解冻费”，转到“安全账户”，或者打开“屏幕共享”的，都是骗局还在继续。',
  actions: [],
  source: sources(MISTAKES, NEVER_REAL),
  verifiedAt: '2026-11',
}

const callPolice: EmergencyStep = {
  id: 'call-police',
  title: '马上打 110 报警，请求紧急止付',
  body: '钱转出后越早报警越好。告诉警察转了多少钱、转到哪个账户，请他们对收款账户紧急止付。',
  actions: [{ kind: 'call', hotlineIds: ['police-110'] }, ASK_96110],
  source: sources(FIRST_MINUTES, fact('laws.md', 'Anti-Telecom and Online Fraud Law', '第二十条'), GOVERNMENT),
  verifiedAt: '2026-11',
}

const callBank: EmergencyStep = {
  id: 'call-bank',
  title: '打给你的银行，挂失或冻结',
  body: '如果给过对方密码或验证码，马上挂失银行卡。用支付宝或微信付的钱，也打给它们。',
  actions: [{ kind: 'pick', groups: ['bank', 'payment'], prompt: '点你的银行或支付平台，直接拨打' }],
  source: sources(FIRST_MINUTES, fact('laws.md', 'Anti-Telecom and Online Fraud Law', '第十八条')),
  verifiedAt: '2026-11',
}

const keepRecords: EmergencyStep = {
  id: 'keep-records',
  title: '保留所有记录，一条也别删',
  body: '删掉任何一条，证据链就断了，报案和追责都会更难。',
  points: ['聊天记录', '通话记录', '短信', '转账凭证或截图', '订票邮件和订单', '对方的账号、网址和 App'],
  actions: [{ kind: 'add-evidence', label: '马上记下：时间、金额、对方账号' }],
  source: sources(MISTAKES, fact('laws.md', 'Civil Procedure Law', '第六十六、六十七条')),
  verifiedAt: '2026-11',
}

const verifyOfficial: EmergencyStep = {
  id: 'verify-official',
  title: '用官方电话核实航班或订单',
  body: '只打航空公司或平台的官方电话。短信里的号码、对方给的号码都不能信。',
  actions: [{ kind: 'pick', groups: ['airline', 'travel'], prompt: '点航空公司或购票平台，直接拨打' }],
  source: sources(fact('seed-guidance.md', 'Situations they cover', '机票信息泄露后的诈骗'), fact('hotlines.md', 'Airlines')),
  verifiedAt: '2026-11',
}

const changePasswords: EmergencyStep = {
  id: 'change-passwords',
  title: '更换泄露的账号和密码',
  body: '先改和银行卡、支付绑定的密码。不同账号别用同一个密码。用不上的泄露账号，可以注销。',
  actions: [],
  source: SEED_STEPS,
  verifiedAt: '2026-11',
}

const expectScams: EmergencyStep = {
  id: 'expect-scams',
  title: '提防接下来的诈骗电话和短信',
  body: '骗子拿到你的信息后，会装成客服、航空公司或警察找你。',
  points: [
    '对方说得出你的姓名、航班、订单，也不代表是官方',
    '说航班取消、退款、理赔，却要你转账或填卡号的，是诈骗',
    '真的 96110 来电显示为“区号+96110”',
    '12381 发来的预警短信没有链接，也不用回复',
  ],
  actions: [],
  source: sources(fact('seed-guidance.md', 'Situations they cover'), GOVERNMENT),
  verifiedAt: '2026-11',
}

const warnFamily: EmergencyStep = {
  id: 'warn-family',
  title: '告诉家人和朋友',
  body: '骗子会拿你的信息去骗你的家人。告诉他们：凡是以你的名义借钱、要钱，先打你的电话确认。',
  actions: [{ kind: 'warn-family', label: '发一张防骗提醒卡给家人' }],
  source: SEED_STEPS,
  verifiedAt: '2026-11',
}

const reportLeak: EmergencyStep = {
  id: 'report-leak',
  title: '通过正规渠道咨询和举报',
  body: '个人信息泄露，可以在 12321 网站或微信公众号“12321受理中心”投诉。拿不准怎么防范，打 96110 咨询。',
  actions: [{ kind: 'channel', hotlineId: 'report-12321' }, ASK_96110, { kind: 'directory', label: '查看全部官方电话' }],
  source: sources(GOVERNMENT, SEED_STEPS),
  verifiedAt: '2026-11',
}

/** The steps in the order the user should take them, for each way into the emergency screen. */
export const EMERGENCY_STEPS: Record<EmergencyVariant, EmergencyStep[]> = {
  scammed: [stopPaying, callPolice, callBank, keepRecords, verifyOfficial],
  leaked: [changePasswords, expectScams, warnFamily, reportLeak, keepRecords],
}

export const EMERGENCY_TITLES: Record<EmergencyVariant, string> = {
  scammed: '我被骗了：现在就做这几步',
  leaked: '信息泄露了：先做这几步',
}

/** The short name on the home screen's 「继续处置」 list. */
export const EMERGENCY_SHORT_NAMES: Record<EmergencyVariant, string> = {
  scammed: '我被骗了',
  leaked: '信息泄露',
}
