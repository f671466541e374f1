import { fact, sources } from './sources'
import type { EmergencyStepId } from './emergency-steps'
import type { HotlineAction, Sourced } from './types'

/** A button on an emergency step card. */
export type StepAction =
  | HotlineAction
  /** A link to the full hotline directory. */
  | { kind: 'directory'; label: string }
  /** Opens the evidence editor at once, time set to now, amount and account first. */
  | { kind: 'add-evidence'; label: string }
  /** Opens the warning card to send to family. */
  | { kind: 'warn-family'; label: string }
  /** Opens the message checker, 「这是不是诈骗？」. */
  | { kind: 'check-message'; label: string }

/** What a step of the emergency screen says and offers; its id and title are in emergency-steps.ts. */
export interface StepCard extends Sourced {
  /** Why, in one or two short sentences. */
  body: string
  /** A short list the user can scan: which records to keep, which signs to watch for. */
  points?: string[]
  /** Shown in red: the thing that must not happen. */
  warning?: string
  /** A quiet line on how sure the source is, e.g. 「以官方渠道为准」 for secondary guidance. */
  caveat?: string
  actions: StepAction[]
}

const MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')
const FIRST_MINUTES = fact('laws.md', 'First minutes after money has gone')
const NEVER_REAL = fact('hotlines.md', 'Things the app must never present as real')
const GOVERNMENT = fact('hotlines.md', 'Emergency and government')

/** The advice line, offered beside the report step as advice only (hotlines.md: 96110). */
const ASK_96110: StepAction = { kind: 'consult', hotlineId: 'anti-fraud-96110', label: '拿不准？打 96110 咨询' }

const CARDS = {
  'stop-paying': {
    body: '挂断对方电话，不要再付任何一笔钱，也不要回拨对方留的号码。',
    warning: '要你交“保证金”“解冻费”，转到“安全账户”，或者打开“屏幕共享”的，都是骗局还在继续。',
    actions: [],
    source: sources(MISTAKES, NEVER_REAL),
    verifiedAt: '2026-11',
  },
  'call-police': {
    body: '钱转出后越早报警越好。告诉警察转了多少钱、转到哪个账户，请他们对收款账户紧急止付。',
    actions: [{ kind: 'call', hotlineIds: ['police-110'] }, ASK_96110],
    source: sources(FIRST_MINUTES, fact('laws.md', 'Anti-Telecom and Online Fraud Law', '第二十条'), GOVERNMENT),
    verifiedAt: '2026-11',
  },
  'call-bank': {
    body: '如果给过对方密码或验证码，马上挂失银行卡。用支付宝或微信付的钱，也打给它们。',
    actions: [{ kind: 'pick', groups: ['bank', 'payment'], prompt: '点你的银行或支付平台，直接拨打' }],
    source: sources(FIRST_MINUTES, fact('laws.md', 'Anti-Telecom and Online Fraud Law', '第十八条')),
    verifiedAt: '2026-11',
  },
  'keep-evidence': {
    body: '删掉任何一条，证据链就断了，报案和追责都会更难。',
    points: ['聊天记录', '通话记录', '短信', '转账凭证或截图', '订票邮件和订单', '对方的账号、网址和 App'],
    actions: [{ kind: 'add-evidence', label: '马上记下' }],
    source: sources(MISTAKES, fact('laws.md', 'Civil Procedure Law', '第六十六、六十七条')),
    verifiedAt: '2026-11',
  },
  'verify-airline': {
    body: '只打航空公司或平台的官方电话。短信里的号码、对方给的号码都不能信。',
    actions: [{ kind: 'pick', groups: ['airline', 'travel'], prompt: '点航空公司或购票平台，直接拨打' }],
    source: sources(fact('seed-guidance.md', 'Situations they cover', '机票信息泄露后的诈骗'), fact('hotlines.md', 'Airlines')),
    verifiedAt: '2026-11',
  },
  /** First aid for a phone the scammer may still control (shared/facts/first-aid.md). */
  'first-aid': {
    body: '从开屏幕共享到钱被转走，往往只要几分钟。按顺序做：',
    points: [
      '强制重启手机。多数安卓手机：同时按住电源键和音量减键 10 秒以上。iPhone 8 及以后的机型：按一下音量加，再按一下音量减，然后按住侧边键，直到出现苹果标志。部分手机略有差异，不会就问身边的人，或手机厂家的官方客服。',
      '一定要拔出电话卡；同时关掉 Wi‑Fi 或打开飞行模式。重启成没成功都要拔：只开飞行模式，对方还能把它关掉；拔了卡，对方就收不到你的验证码。',
      '用别的手机或座机，打给银行挂失或冻结，再打 110。',
      '记下那个 App 的名字、从哪里装的，截个图，作为证据。',
      '那个 App 按警方说的处理；没有警方指示的，断网以后再删除。',
    ],
    warning: '重启和删 App 不能把钱追回来，只是不让对方继续操作。',
    caveat: '这些做法来自公安部门 2026 年 2 月的提醒，以官方渠道为准。',
    actions: [{ kind: 'add-evidence', label: '记下这个 App' }],
    source: sources(fact('first-aid.md', 'What to do, in this order'), fact('first-aid.md', 'Source')),
    verifiedAt: '2026-11',
  },
  /** An ID-number leak put on record at the police station: a visit, not a 110 call, since nothing is lost yet. Same id as the plan's step, so a tick in one shows in the other. */
  'report-police': {
    body: '身份证号泄露了，没有损失也去派出所报案，留个记录。以后有人冒用你的身份办卡、贷款，这份记录用得上。不用打 110，带上材料去就行。',
    points: [
      '身份证',
      '说明信息泄露的材料：平台的通知短信、公告或截图',
      '打来的可疑电话号码、短信和聊天记录',
      '已经发现的异常：陌生电话卡、贷款或账号',
      '报案后向民警要受案回执，收好',
    ],
    warning: '已经被转走钱，或发现有人冒用你办了贷款，马上打 110。',
    actions: [],
    source: sources(SEED_STEPS, fact('laws.md', 'Reporting to the police', '第一百六十九条、第一百七十一条，警方通常要的材料')),
    verifiedAt: '2026-12',
  },
  'change-passwords': {
    body: '先改和银行卡、支付绑定的账号密码，再打开登录保护。不同账号别用同一个密码。用不上的账号，可以注销。',
    actions: [],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
  'expect-scams': {
    body: '骗子拿到你的信息后，会装成客服、航空公司或警察找你。',
    points: [
      '对方说得出你的姓名、电话、身份证号，也不代表是官方',
      '说退款、理赔、注销账户，却要你转账或填卡号的，是诈骗',
      '真的 96110 来电显示为“区号+96110”',
      '12381 发来的预警短信没有链接，也不用回复',
    ],
    actions: [{ kind: 'check-message', label: '收到可疑电话或短信？查一查' }],
    source: sources(fact('seed-guidance.md', 'Situations they cover'), GOVERNMENT),
    verifiedAt: '2026-11',
  },
  'check-phone-cards': {
    body: '看看你的身份证名下有几张电话卡，你的手机号关联了几个互联网账号。',
    points: [
      '在微信公众号“工信微报”、工信部反诈专班或中国信通院的渠道，或支付宝“一证通查”小程序里查',
      '查电话卡：填身份证信息，结果是每家运营商名下各有几张卡，不显示号码',
      '查账号（一证通查 2.0）：填手机号和身份证号后 6 位，结果是这个号码关联了 8 家主要互联网企业的几个账号',
      '结果在 48 小时内由 10699000 发短信告诉你',
      '卡的数量不对，找那家运营商查明细、注销不认识的卡，一般要本人带身份证去营业厅',
    ],
    actions: [{ kind: 'pick', groups: ['operator'], prompt: '运营商官方电话' }],
    source: GOVERNMENT,
    verifiedAt: '2026-11',
  },
  'credit-report': {
    body: '看看有没有人冒用你的身份办贷款或信用卡。',
    points: [
      '在征信中心网站 ipcrs.pbccrc.org.cn 查，也可以去人民银行分支机构或自助查询机查；所有渠道合计每年免费两次',
      '记录有错，可以向征信中心提出异议，也可以向报送这条记录的银行或贷款机构提出，对方应当在 20 日内书面答复',
      '有一笔贷款或信用卡不是你办的，还要去派出所报案',
      '有问题可以打征信中心电话咨询',
    ],
    actions: [
      { kind: 'channel', hotlineId: 'credit-center' },
      { kind: 'call', hotlineIds: ['credit-center'] },
    ],
    source: GOVERNMENT,
    verifiedAt: '2026-11',
  },
  'ask-bank': {
    body: '说明卡号可能泄露，请银行帮你看有没有异常交易、要不要换卡或冻结。',
    actions: [{ kind: 'pick', groups: ['bank'], prompt: '点你的银行，直接拨打' }],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
  'contact-platform': {
    body: '在平台的官方 App 里联系客服，问清泄露了什么、做了哪些补救，并要求删除你的信息。',
    actions: [],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
  'warn-family': {
    body: '骗子会拿你的信息去骗你的家人。告诉他们：凡是以你的名义借钱、要钱，先打你的电话确认。',
    actions: [{ kind: 'warn-family', label: '发一张防骗提醒卡给家人' }],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
  'report-leak': {
    body: '在 12321 网站或微信公众号“12321受理中心”投诉，拿不准怎么防范就打 96110 咨询。如果已经转了钱，或账号被人盗用，马上打 110。',
    actions: [{ kind: 'channel', hotlineId: 'report-12321' }, ASK_96110, { kind: 'directory', label: '查看全部官方电话' }],
    source: sources(GOVERNMENT, SEED_STEPS),
    verifiedAt: '2026-11',
  },
} satisfies Record<EmergencyStepId, StepCard>

/** Every emergency step's card, by the case's step id. */
export const STEP_CARDS: Readonly<Record<EmergencyStepId, StepCard>> = CARDS
