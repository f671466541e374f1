import { fact, sources } from './sources'
import type { Sourced } from './types'

/** A scam warning card to send to family: how to spot it and what to do. It names no person. */
export interface ScamWarning extends Sourced {
  id: string
  /** The short name on the picker. */
  name: string
  title: string
  /** Signs that settle it: what a scammer says and no real caller does (「这就是骗局的说法」). */
  scamSigns: string[]
  /** Signs that may come from a real caller too: not to be believed until checked (「先别信，打官方电话核实」). */
  checkSigns: string[]
  /** What to do, verb first, hanging up first. */
  actions: string[]
  /** Caller phrases (caller-phrases.ts ids) to tick in the message checker for someone who just got this call. */
  callerPhraseIds: string[]
}

const SITUATIONS = fact('seed-guidance.md', 'Situations they cover')
const MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')
const GOVERNMENT = fact('hotlines.md', 'Emergency and government')
const NEVER_REAL = fact('hotlines.md', 'Things the app must never present as real')
const FIRST_AID_PRETEXTS = fact('first-aid.md', 'The common pretexts for asking for screen sharing')

/** Every card ends with these: hang up, check on the official number, call 96110. */
const COMMON_ACTIONS = ['马上挂断，不回复、不点链接', '自己查官方电话核实，不打对方给的号码', '拿不准就打 96110 咨询']

/** The headings over the two kinds of sign, on screen, in the text and on the drawn card. */
export const SCAM_SIGNS_HEADING = '这就是骗局的说法：'
export const CHECK_SIGNS_HEADING = '先别信，打官方电话核实：'

/** One line on the scam after the scam. */
export const RECOVERY_LINE = '被骗后有人说能“帮你追回损失”，要当心：警方追赃返还不收费；网上自称付费就能追回的是骗局。'

export const SCAM_WARNINGS: ScamWarning[] = [
  {
    id: 'flight',
    name: '机票退改签',
    title: '“航班取消，给你退款”是骗局',
    scamSigns: ['让你下载陌生 App、开屏幕共享', '要你交“保证金”“解冻费”或转到“安全账户”'],
    checkSigns: ['说得出你的姓名、航班号和订单', '说航班取消或延误，要给你退款、理赔'],
    actions: [COMMON_ACTIONS[0], '只打航空公司官方电话核实，如国航 95583、南航 95539', COMMON_ACTIONS[2]],
    callerPhraseIds: ['flight-refund', 'screen-share', 'deposit'],
    source: sources(SITUATIONS, fact('hotlines.md', 'Airlines')),
    verifiedAt: '2026-11',
  },
  {
    id: 'refund',
    name: '冒充客服退款',
    title: '“客服”主动给你退款，先挂电话',
    scamSigns: ['要你打开“备用金”“借款”页面', '让你报验证码，或转账“激活退款”'],
    checkSigns: ['自称电商或快递客服，说商品有问题要退款'],
    actions: COMMON_ACTIONS,
    callerPhraseIds: ['code', 'cancel-service'],
    source: sources(MISTAKES, NEVER_REAL, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'credit',
    name: '网贷/征信修复',
    title: '“帮你修复征信、注销网贷账户”是骗局',
    scamSigns: ['要你把钱从各个平台借出来转走', '收费“修复征信”“洗白记录”'],
    checkSigns: ['说你的网贷账户不注销会影响征信'],
    actions: [COMMON_ACTIONS[0], '征信问题只找人民银行征信中心 400-810-8866', COMMON_ACTIONS[2]],
    callerPhraseIds: ['credit'],
    source: sources(GOVERNMENT, SITUATIONS, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'police',
    name: '冒充公检法',
    title: '电话里说你涉嫌犯罪、要你转钱，就是骗局',
    scamSigns: ['发来“通缉令”“逮捕令”的照片', '要你保密、不许告诉家人', '要把钱转到“安全账户”接受审查'],
    checkSigns: ['自称警察、检察官、法官，说你涉案'],
    actions: [COMMON_ACTIONS[0], '公安机关不会在电话里办案，也没有“安全账户”', '拿不准就打 96110 咨询；已经转了钱，马上打 110 报警'],
    callerPhraseIds: ['money-laundering', 'safe-account', 'secret'],
    source: sources(GOVERNMENT, NEVER_REAL, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'rebate',
    name: '刷单返利',
    title: '“点赞刷单，轻松返利”是骗局',
    scamSigns: ['先让你赚几笔小钱', '再说要“连单”“做任务”才能提现', '越投越多，始终提不出钱'],
    checkSigns: [],
    actions: ['不再转一分钱', '刷单本身就违法，先给的甜头都是诱饵', COMMON_ACTIONS[2]],
    callerPhraseIds: [],
    source: MISTAKES,
    verifiedAt: '2026-11',
  },
  {
    id: 'impersonation',
    name: '冒充熟人/领导',
    title: '熟人、领导找你借钱，先打电话确认',
    scamSigns: ['急着让你转账给“第三方”'],
    checkSigns: ['换了新号或新微信，说旧号不用了', '说在开会、不方便接电话'],
    actions: ['确认之前不转账', '打他原来的电话，或当面确认', COMMON_ACTIONS[2]],
    callerPhraseIds: ['leader'],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
  {
    id: 'investment',
    name: '投资理财',
    title: '“稳赚不赔、内幕消息”是骗局',
    scamSigns: ['推荐陌生的投资 App 或网站', '开始有小赚，加大投入后就提不出钱'],
    checkSigns: ['网上认识的“导师”“专家”拉你进群'],
    actions: ['不下载陌生投资 App', '只在正规金融机构投资', COMMON_ACTIONS[2]],
    callerPhraseIds: [],
    source: sources(GOVERNMENT, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'recovery',
    name: '追回损失',
    title: '“帮你追回被骗的钱”是二次诈骗',
    scamSigns: ['主动联系刚被骗的人，说能追回损失', '先收“手续费”“保证金”'],
    checkSigns: ['自称律师、黑客或“国家反诈中心”', '网址像官方，如 96ll0 之类'],
    actions: ['不付任何“追款费”', '钱的事只找警方：拨打 110 或去派出所', COMMON_ACTIONS[2]],
    callerPhraseIds: ['recovery'],
    source: NEVER_REAL,
    verifiedAt: '2026-11',
  },
]

/** The card for a link whose type is missing or unknown: the signs common to most scams. */
export const GENERAL_WARNING: ScamWarning = {
  id: 'general',
  name: '常见骗局',
  title: '接到这样的电话和消息，先停一停',
  scamSigns: ['让你转账、借钱、报验证码', '让你下载陌生 App 或开屏幕共享', '催你马上办，还让你保密'],
  checkSigns: ['陌生人说得出你的个人信息'],
  actions: COMMON_ACTIONS,
  callerPhraseIds: [],
  source: sources(MISTAKES, GOVERNMENT),
  verifiedAt: '2026-11',
}

/** What someone who opens a card should do now, in this order; the third, 96110, is a button on the page. */
export const RECIPIENT_FIRST_STEPS = ['挂断电话，不要转账', '打给发这张卡片的家人，或你信任的人，核实一下']

/** When the cards' facts were last checked: the latest `verifiedAt`, as 「2026 年 11 月」. */
function factsDate(): string {
  const latest =
    [...SCAM_WARNINGS, GENERAL_WARNING]
      .map((card) => card.verifiedAt)
      .sort()
      .pop() ?? ''
  const [year, month] = latest.split('-')
  return `${year} 年 ${Number(month)} 月`
}

/** What the recipient page is, for someone wary of one more thing asking for their trust. */
export const RECIPIENT_TRUST_LINE = `这是“被骗急救”小程序的免费防骗提醒：不用登录，不用付钱，发卡片的人看不到你在这里做了什么。内容核对于 ${factsDate()}。`
