import { fact, sources } from './sources'
import type { Sourced } from './types'

/** A scam warning card to send to family: how to spot it and what to do. It names no person. */
export interface ScamWarning extends Sourced {
  id: string
  /** The short name on the picker. */
  name: string
  title: string
  /** 3–5 signs, each a short sentence. */
  signs: string[]
  /** What to do, verb first. */
  actions: string[]
}

const SITUATIONS = fact('seed-guidance.md', 'Situations they cover')
const MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')
const GOVERNMENT = fact('hotlines.md', 'Emergency and government')
const NEVER_REAL = fact('hotlines.md', 'Things the app must never present as real')
const FIRST_AID_PRETEXTS = fact('first-aid.md', 'The common pretexts for asking for screen sharing')

/** Every card ends with these: hang up, check on the official number, call 96110. */
const COMMON_ACTIONS = ['马上挂断，不回复、不点链接', '自己查官方电话核实，不打对方给的号码', '拿不准就打 96110 咨询']

/** One line on the scam after the scam. */
export const RECOVERY_LINE = '被骗后有人说能“帮你追回损失”，也是骗子：没有任何正规机构收费追款。'

export const SCAM_WARNINGS: ScamWarning[] = [
  {
    id: 'flight',
    name: '机票退改签',
    title: '“航班取消，给你退款”是骗局',
    signs: ['说得出你的姓名、航班号和订单', '说航班取消或延误，要给你退款、理赔', '让你下载陌生 App、开屏幕共享', '要你交“保证金”“解冻费”或转到“安全账户”'],
    actions: ['只打航空公司官方电话核实，如国航 95583、南航 95539', ...COMMON_ACTIONS.slice(0, 1), COMMON_ACTIONS[2]],
    source: sources(SITUATIONS, fact('hotlines.md', 'Airlines')),
    verifiedAt: '2026-11',
  },
  {
    id: 'refund',
    name: '冒充客服退款',
    title: '“客服”主动给你退款，先挂电话',
    signs: ['自称电商或快递客服，说商品有问题要退款', '要你打开“备用金”“借款”页面', '让你报验证码，或转账“激活退款”'],
    actions: COMMON_ACTIONS,
    source: sources(MISTAKES, NEVER_REAL, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'credit',
    name: '网贷/征信修复',
    title: '“帮你修复征信、注销网贷账户”是骗局',
    signs: ['说你的网贷账户不注销会影响征信', '要你把钱从各个平台借出来转走', '收费“修复征信”“洗白记录”'],
    actions: ['征信问题只找人民银行征信中心 400-810-8866', ...COMMON_ACTIONS.slice(0, 1), COMMON_ACTIONS[2]],
    source: sources(GOVERNMENT, SITUATIONS, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'police',
    name: '冒充公检法',
    title: '“你涉嫌犯罪”的电话，十有八九是骗局',
    signs: ['自称警察、检察官、法官，说你涉案', '发来“通缉令”“逮捕令”的照片', '要你保密、不许告诉家人', '要把钱转到“安全账户”接受审查'],
    actions: ['公安机关不会在电话里办案，也没有“安全账户”', ...COMMON_ACTIONS.slice(0, 1), '拿不准就打 96110 咨询；已经转了钱，马上打 110 报警'],
    source: sources(GOVERNMENT, NEVER_REAL, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'rebate',
    name: '刷单返利',
    title: '“点赞刷单，轻松返利”是骗局',
    signs: ['先让你赚几笔小钱', '再说要“连单”“做任务”才能提现', '越投越多，始终提不出钱'],
    actions: ['刷单本身就违法，先给的甜头都是诱饵', '不再转一分钱', COMMON_ACTIONS[2]],
    source: MISTAKES,
    verifiedAt: '2026-11',
  },
  {
    id: 'impersonation',
    name: '冒充熟人/领导',
    title: '熟人、领导找你借钱，先打电话确认',
    signs: ['换了新号或新微信，说旧号不用了', '说在开会、不方便接电话', '急着让你转账给“第三方”'],
    actions: ['打他原来的电话，或当面确认', '确认之前不转账', COMMON_ACTIONS[2]],
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
  {
    id: 'investment',
    name: '投资理财',
    title: '“稳赚不赔、内幕消息”是骗局',
    signs: ['网上认识的“导师”“专家”拉你进群', '推荐陌生的投资 App 或网站', '开始有小赚，加大投入后就提不出钱'],
    actions: ['只在正规金融机构投资', '不下载陌生投资 App', COMMON_ACTIONS[2]],
    source: sources(GOVERNMENT, FIRST_AID_PRETEXTS),
    verifiedAt: '2026-11',
  },
  {
    id: 'recovery',
    name: '追回损失',
    title: '“帮你追回被骗的钱”是二次诈骗',
    signs: ['主动联系刚被骗的人', '自称律师、黑客或“国家反诈中心”', '先收“手续费”“保证金”', '网址像官方，如 96ll0 之类'],
    actions: ['钱的事只找警方：拨打 110 或去派出所', '不付任何“追款费”', COMMON_ACTIONS[2]],
    source: NEVER_REAL,
    verifiedAt: '2026-11',
  },
]

/** The card for a link whose type is missing or unknown: the signs common to most scams. */
export const GENERAL_WARNING: ScamWarning = {
  id: 'general',
  name: '常见骗局',
  title: '接到这样的电话和消息，先停一停',
  signs: ['陌生人说得出你的个人信息', '让你转账、借钱、报验证码', '让你下载陌生 App 或开屏幕共享', '催你马上办，还让你保密'],
  actions: COMMON_ACTIONS,
  source: sources(MISTAKES, GOVERNMENT),
  verifiedAt: '2026-11',
}
