import { fact } from './sources'
import type { StepId } from './emergency-steps'
import type { HotlineAction } from './types'

export type PlanStage = 'now' | '24h' | 'later'

export const PLAN_STAGES: { stage: PlanStage; label: string }[] = [
  { stage: 'now', label: '立即' },
  { stage: '24h', label: '24小时内' },
  { stage: 'later', label: '后续' },
]

export type LetterId = 'deletion-request' | 'regulator-complaint' | 'bank-stop-payment' | 'police-statement'

export type PlanAction =
  | HotlineAction
  | { kind: 'reminder'; presetId: string }
  | { kind: 'evidence' }
  | { kind: 'letter'; letterId: LetterId }
  /** Opens the message checker, 「这是不是诈骗？」. */
  | { kind: 'check-message' }
  /** Opens the report pack (报案材料), for a step that needs it in hand. */
  | { kind: 'report-pack' }
  /** Opens the warning card to send to family. */
  | { kind: 'warning-card' }

/** One step of a recovery plan; its title is the case's, in emergency-steps.ts. When it applies is decided by features/plan/model.ts. */
export interface PlanStepContent {
  id: StepId
  stage: PlanStage
  /** Why, in one line. */
  reason: string
  /** Law-library ids (content/laws.ts) the reason rests on. */
  citations: string[]
  /** Where the advice comes from, when it is guidance rather than law. */
  guidance?: string
  /** Shown in red under the reason: the trap to avoid at this step. */
  warning?: string
  actions: PlanAction[]
}

const MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')
const REDRESS = fact('seed-guidance.md', 'Ways to seek redress after losing money')
const FIRST_AID = fact('first-aid.md', 'What to do, in this order')
const HOTLINE_FACTS = fact('hotlines.md', 'Emergency and government')

const STEPS = {
  'stop-paying': {
    id: 'stop-paying',
    stage: 'now',
    reason: '要你交保证金、解冻费或转到“安全账户”的，都是骗局在继续。',
    citations: [],
    guidance: MISTAKES,
    actions: [],
  },
  'call-police': {
    id: 'call-police',
    stage: 'now',
    reason: '公安机关可以对收款账户紧急止付、快速冻结，越早越好。',
    citations: ['afl-20'],
    actions: [
      { kind: 'call', hotlineIds: ['police-110'] },
      { kind: 'consult', hotlineId: 'anti-fraud-96110', label: '拿不准？打 96110 咨询' },
    ],
  },
  'call-bank': {
    id: 'call-bank',
    stage: 'now',
    reason: '给过验证码或密码的卡要马上挂失；银行可以暂停可疑交易。',
    citations: ['afl-18', 'afl-20'],
    actions: [
      { kind: 'pick', groups: ['bank'], prompt: '点你的银行，直接拨打' },
      { kind: 'reminder', presetId: 'bank-confirm-freeze' },
      { kind: 'letter', letterId: 'bank-stop-payment' },
    ],
  },
  'call-alipay': {
    id: 'call-alipay',
    stage: 'now',
    reason: '支付机构要监测并可以暂停可疑交易，投诉记录也是证据。',
    citations: ['afl-18'],
    actions: [{ kind: 'call', hotlineIds: ['alipay'] }],
  },
  'call-wechat-pay': {
    id: 'call-wechat-pay',
    stage: 'now',
    reason: '支付机构要监测并可以暂停可疑交易，投诉记录也是证据。',
    citations: ['afl-18'],
    actions: [{ kind: 'call', hotlineIds: ['wechat-pay'] }],
  },
  'first-aid': {
    id: 'first-aid',
    stage: 'now',
    reason:
      '对方可能还能看到、操作你的手机。先强制重启手机；一定要拔出电话卡，同时关掉 Wi-Fi 或打开飞行模式。再把这个 App 的名字、从哪里装的、和对方的聊天记下来、截图，作为证据。之后按警方说的删除，或在断网时删除。',
    citations: [],
    guidance: FIRST_AID,
    warning: '删除前先截图记下，别把证据一起删掉。',
    actions: [{ kind: 'evidence' }],
  },
  'keep-evidence': {
    id: 'keep-evidence',
    stage: 'now',
    reason: '主张权利要自己举证；截图和聊天记录属于电子数据。',
    citations: ['cpl-66', 'cpl-67'],
    actions: [{ kind: 'evidence' }],
  },
  'verify-airline': {
    id: 'verify-airline',
    stage: 'now',
    reason: '只认官方号码。顺便问清你的信息是否泄露：发生泄露时，处理者一般应当通知受影响的人。',
    citations: ['pipl-57'],
    actions: [{ kind: 'pick', groups: ['airline', 'travel'], prompt: '点航空公司或购票平台，直接拨打' }, { kind: 'check-message' }],
  },
  'report-police': {
    id: 'report-police',
    stage: '24h',
    reason: '公安机关应当立即受案、登记证据并出具受案回执。',
    citations: ['police-169', 'police-170', 'police-171'],
    actions: [
      { kind: 'report-pack' },
      { kind: 'letter', letterId: 'police-statement' },
      { kind: 'reminder', presetId: 'police-case-decision' },
    ],
  },
  'change-passwords': {
    id: 'change-passwords',
    stage: '24h',
    reason: '平台要保护你的信息安全，你自己也要先把门关上。',
    citations: [],
    guidance: SEED_STEPS,
    actions: [],
  },
  'contact-source': {
    id: 'contact-source',
    stage: '24h',
    reason: '泄露后，处理者应当通知你泄露了什么、采取了哪些措施；你有权要求删除。',
    citations: ['pipl-57', 'pipl-47', 'civil-1038'],
    actions: [
      { kind: 'letter', letterId: 'deletion-request' },
      { kind: 'reminder', presetId: 'platform-written-answer' },
    ],
  },
  'request-deletion': {
    id: 'request-deletion',
    stage: '24h',
    reason: '你知道是谁泄露的：可以要求对方说明情况、删除信息并补救。',
    citations: ['pipl-47', 'pipl-57', 'civil-1038'],
    actions: [{ kind: 'letter', letterId: 'deletion-request' }],
  },
  'warn-family': {
    id: 'warn-family',
    stage: '24h',
    reason: '骗子会拿你的信息去骗你身边的人。',
    citations: [],
    guidance: SEED_STEPS,
    actions: [{ kind: 'warning-card' }],
  },
  'check-accounts': {
    id: 'check-accounts',
    stage: '24h',
    reason: '发现不认识的交易马上打银行电话，银行可以暂停可疑交易。',
    citations: ['afl-18'],
    actions: [{ kind: 'reminder', presetId: 'account-review-daily' }],
  },
  'check-phone-cards': {
    id: 'check-phone-cards',
    stage: 'later',
    reason: '看看你的身份证名下每家运营商有几张卡、手机号关联了几个互联网账号；数量不对，找那家运营商查明细、注销，一般要本人带身份证。',
    citations: [],
    guidance: HOTLINE_FACTS,
    actions: [{ kind: 'reminder', presetId: 'yizhengtongcha-result' }],
  },
  'credit-report': {
    id: 'credit-report',
    stage: 'later',
    reason:
      '看有没有人冒用你办贷款或信用卡。记录有错，向征信中心或报送记录的机构提出异议，20 日内书面答复；不是你办的贷款，还要去派出所报案。',
    citations: ['civil-1037'],
    guidance: HOTLINE_FACTS,
    actions: [
      { kind: 'channel', hotlineId: 'credit-center' },
      { kind: 'call', hotlineIds: ['credit-center'] },
      { kind: 'reminder', presetId: 'credit-report-week' },
      { kind: 'reminder', presetId: 'credit-report-month' },
    ],
  },
  'complain-regulator': {
    id: 'complain-regulator',
    stage: 'later',
    reason:
      '工信部、网信部门（12377）等负责个人信息保护的部门，应当处理投诉、举报并告诉你结果。12321 是中国互联网协会替工信部受理举报的中心，不一定给你答复。',
    citations: ['pipl-65'],
    actions: [
      { kind: 'letter', letterId: 'regulator-complaint' },
      { kind: 'channel', hotlineId: 'report-12377' },
      { kind: 'channel', hotlineId: 'report-12321' },
    ],
  },
  'follow-up-police': {
    id: 'follow-up-police',
    stage: 'later',
    reason: '一般 3 日内决定是否立案，复杂的会更久。决定不立案的，会书面通知你；收到通知后 7 日内可以申请复议，也可以请检察院监督。',
    citations: ['case-acceptance-opinion', 'police-178', 'police-179', 'crimproc-110'],
    actions: [
      { kind: 'reminder', presetId: 'police-case-decision' },
      { kind: 'call', hotlineIds: ['police-12389'] },
    ],
  },
  'claim-compensation': {
    id: 'claim-compensation',
    stage: 'later',
    reason:
      '泄露你信息的一方不能证明自己没有过错，就要赔偿。但你要拿出证据，说明信息是从它那里泄露的、损失是这次泄露造成的。受害人多的，还可能有公益诉讼。',
    citations: ['pipl-69', 'civil-1038', 'cpl-67', 'pipl-70'],
    guidance: REDRESS,
    warning: '警方追赃返还不收费；网上自称付费就能追回的是骗局。请律师起诉泄露信息的公司是另一回事，是正当途径。',
    actions: [{ kind: 'evidence' }],
  },
  'report-any-amount': {
    id: 'report-any-amount',
    stage: 'later',
    reason: '公安机关对报案都应当立即接受，是否立案再依法决定。把每一笔转账都如实告诉警察，金额小也要报。',
    citations: ['police-169'],
    actions: [],
  },
} satisfies Partial<Record<StepId, PlanStepContent>>

/** The steps a plan can hold: a part of the case's step catalogue. */
export type PlanStepId = keyof typeof STEPS

export const PLAN_STEPS: Readonly<Record<PlanStepId, PlanStepContent>> = STEPS
