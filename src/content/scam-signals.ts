import { fact, sources } from './sources'

/**
 * The signals the message checker looks for. Patterns run on normalised text (see
 * features/checker/normalise.ts): half-width, no spaces between Chinese characters, evasions such
 * as 「V信」 already turned into 「微信」, and key traditional characters simplified.
 *
 * Weights: 3 is a demand no real institution makes (on its own enough for 很可能是诈骗); 2 is a
 * strong sign; 1 is a sign that only counts together with others.
 */
export interface ScamSignal {
  id: string
  patterns: RegExp[]
  weight: 1 | 2 | 3
  /** One line, shown under the quoted words: why this is a warning sign. */
  why: string
  /** The warning card this points to, when the signal names a kind of scam. */
  scamType?: ScamTypeId
  source: string
}

/** The warning cards' types (content/scam-warnings.ts), plus the police's wider categories. */
export type ScamTypeId =
  | 'flight'
  | 'refund'
  | 'credit'
  | 'police'
  | 'rebate'
  | 'impersonation'
  | 'investment'
  | 'recovery'
  | 'loan'
  | 'shopping'
  | 'game'
  | 'romance'

const SEED_SITUATIONS = fact('seed-guidance.md', 'Situations they cover')
const SEED_MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')
const PRETEXTS = fact('first-aid.md', 'The common pretexts for asking for screen sharing')
const NEVER_REAL = fact('hotlines.md', 'Things the app must never present as real')
const AFL = fact('laws.md', 'Anti-Telecom and Online Fraud Law')
/** Scammers use leaked data to reach the people close to you (seed 001, 002): the nearest the facts come to 冒充熟人. */
const SEED_WARN_FAMILY = fact('seed-guidance.md', 'Steps they recommend', '提醒家人和朋友')

export const SCAM_SIGNALS: ScamSignal[] = [
  {
    id: 'safe-account',
    patterns: [/安全账户|安全帐户|安全账号|国家账户|清查账户|资金清查|资金核查/],
    weight: 3,
    why: '公安、法院和银行都不会让你把钱转到“安全账户”。',
    scamType: 'police',
    source: sources(PRETEXTS, NEVER_REAL),
  },
  {
    id: 'fee-to-release',
    patterns: [
      /保证金|解冻费|解冻金|手续费.{0,6}(解冻|提现|放款|退款)|(解冻|提现|放款|出款).{0,8}(先交|先付|缴纳|交纳|支付)|激活费|验资|刷流水|做流水|会员费.{0,6}(解冻|提现)/,
      /(需要?先|必须先|得先|先)(交|付|缴|转|充).{0,8}(费|税|金)|(交|付|缴).{0,4}(保险费|运费|税费|手续费|服务费|工本费).{0,6}(才能|才可|方可|后才|即可)/,
    ],
    weight: 3,
    why: '要你先交“保证金”“解冻费”才能退款或放款，是同一个骗局在继续。',
    source: sources(SEED_MISTAKES, SEED_SITUATIONS),
  },
  {
    id: 'screen-share',
    patterns: [
      /屏幕共享|共享屏幕|开启共享|远程协助|远程控制|远程操作|投屏|(下载|安装|打开).{0,8}(会议|会议号|腾讯会议|zoom|瞩目|向日葵|todesk|teamviewer|云视讯)|会议号/i,
    ],
    weight: 3,
    why: '让你开屏幕共享、远程协助或装会议类 App，对方就能看到你的验证码和密码。',
    source: PRETEXTS,
  },
  {
    id: 'verification-code',
    patterns: [
      /(把|将|告诉|报|发|提供|念|读).{0,8}验证码|验证码.{0,6}(发给|告诉|报给|念给|读给|提供给)|(收到|有)一个?验证码.{0,6}(告诉|报|发)/,
    ],
    weight: 3,
    why: '验证码只给你自己用，任何人要验证码都不能给。',
    source: PRETEXTS,
  },
  {
    id: 'police-case',
    patterns: [
      /涉嫌.{0,6}(洗钱|犯罪|诈骗|违法|案件)/,
      /洗钱|通缉令|逮捕令|冻结令|拘捕|配合调查|协助调查|涉案/,
      /(公安局|检察院|法院|派出所|警官|民警|警方|检察官).{0,20}(保密|转账|汇款|账户)/,
      /(医保卡|社保卡|身份证|银行卡|电话卡).{0,8}(被冒用|被盗用|涉嫌|涉案)|转接.{0,6}(公安|民警|警官|警方|派出所|网警)|(快递|包裹|邮寄).{0,12}(违禁品|毒品|枪支|假护照|涉毒)/,
    ],
    weight: 2,
    why: '警察、检察院、法院不会打电话办案，更不会让你转账或“保密”。',
    scamType: 'police',
    source: PRETEXTS,
  },
  {
    id: 'flight-refund',
    patterns: [
      /(航班|机票|飞机).{0,12}(取消|延误|异常|故障|停飞)|(退改签|改签|退票).{0,16}(补偿|理赔|赔偿|退款|赔付)|(延误|取消).{0,8}(理赔|补偿|赔付)/,
    ],
    weight: 2,
    why: '说航班取消、要给你退款或理赔的，常是拿到订票信息的骗子：只打航空公司官方电话核实。',
    scamType: 'flight',
    source: SEED_SITUATIONS,
  },
  {
    id: 'refund-claim',
    patterns: [
      /(快递|包裹|商品|订单).{0,12}(丢失|丢了|丢件|损坏|破损|质量问题|召回)|(双倍|三倍|全额)?(退款|理赔|赔付|赔偿).{0,12}(链接|App|下载|扫码|二维码|添加|备用金)|(取消|关闭).{0,6}(会员|自动扣费|百万保障|保险|校园贷|学生贷|贷款资格)|(百万保障|会员|保险|服务).{0,10}(扣费|收费|扣款).{0,10}(关闭|取消)?/i,
    ],
    weight: 2,
    why: '退款、理赔和取消扣费都在购物平台或 App 的官方页面里办，不需要另外的链接或转账。',
    scamType: 'refund',
    source: PRETEXTS,
  },
  {
    id: 'credit-fix',
    patterns: [
      /额度.{0,4}(提升|提高|上调)|提额|停息挂账|(修复|消除|清除|洗白|提高|提升|恢复).{0,6}(征信|信用|额度|逾期记录)|征信.{0,8}(有问题|受影响|不良|异常|污点)|(注销|关闭).{0,8}(校园贷|学生贷|网贷|贷款|金条|白条|借呗|额度)|影响.{0,4}征信|征信修复|修复费/,
    ],
    weight: 2,
    why: '没有人能花钱“修复征信”；征信有误只能通过征信中心和放贷机构的正规渠道异议。',
    scamType: 'credit',
    source: PRETEXTS,
  },
  {
    id: 'rebate-task',
    patterns: [
      /刷单|卡单|补单|连单|联单|做任务|点赞.{0,6}(佣金|返利|赚)|垫付|返利|返佣|兼职.{0,10}(日结|日赚|轻松|佣金)|(日赚|日入|日结)[\d一二三四五六七八九十百千两]+|一单(赚|返)|简单任务|佣金/,
    ],
    weight: 2,
    why: '“刷单返利”“先垫付再返佣”都是骗局，开头让你小赚，后面骗走大额。',
    scamType: 'rebate',
    source: AFL,
  },
  {
    id: 'investment',
    patterns: [
      /肯定赚|后台数据|内部数据|牛股|荐股|内部消息|(每天|每日)收益.{0,4}\d|收益\d+%|(加|进)群.{0,6}(领|免费|老师)|(充值|入金).{0,10}(操作|带你|赚)/,
      /(稳赚|保本|包赚|零风险|高回报|翻倍|内幕消息|带单|老师带|导师带).{0,10}(投资|理财|炒股|收益|盈利|赚)?|(投资|理财|炒股|虚拟币|数字货币|比特币|期货|外汇).{0,12}(稳赚|保本|翻倍|高收益|高回报|群|平台|老师|导师)/,
    ],
    weight: 2,
    why: '承诺稳赚、带你投资的“老师”和陌生平台，是虚假投资理财的典型说法。',
    scamType: 'investment',
    source: AFL,
  },
  {
    id: 'loan-upfront',
    patterns: [
      /(无抵押|免息|低息|秒批|秒到|黑户|无视征信|不看征信).{0,10}(贷款|借款|放款|额度)|黑户|无视征信|不看征信|(贷款|借款).{0,12}(先交|先付|工本费|刷流水|解冻|银行卡号填错|账户冻结)/,
    ],
    weight: 2,
    why: '正规贷款放款前不收任何费用；“不看征信、秒批”再要你交钱的是虚假贷款。',
    scamType: 'loan',
    source: AFL,
  },
  {
    id: 'impersonation',
    patterns: [
      /我是你们?的?[\u4e00-\u9fa5]?(总|领导|老板|局长|处长|科长|主任|经理|董事长|老师|班主任|舅舅|表哥|同学|朋友)|(换了|新)(个)?号|新换的?号|(扫码|二维码).{0,8}(缴纳|缴费|交费)|缴纳.{0,10}(资料费|班费|材料费)|急需.{0,10}(手术费|医药费|住院费|医疗费|保释金)|(手术费|医药费|住院费).{0,10}(转|汇|打|借)|(领导|老板|老师|班主任).{0,12}(转|汇|打|交).{0,6}(钱|款|费)|猜猜我是谁|(急|着急|急需)用钱|(转|交|付)到?我?个人(微信|账户|支付宝|卡)|(转账?|汇款?|交|付)(至|到|给).{0,6}个人(账户|微信|支付宝|卡)|(医院|出事|车祸|被抓).{0,12}(转|汇|打).{0,6}(钱|款)/,
    ],
    weight: 2,
    why: '自称领导、老师或熟人要你转钱的，先挂断，用你原来存的号码打过去核实。',
    scamType: 'impersonation',
    source: SEED_WARN_FAMILY,
  },
  {
    id: 'number-change',
    // Weak alone: a daughter really does change her number. The first step of a fake relative or boss.
    patterns: [
      /换(手机)?号了|换了(个|手机)?号|新换的?号|手机(掉了|丢了|坏了|没电了)/,
      /我是(你们?的?)?[\u4e00-\u9fa5]{1,2}(总|局长?|处长?|董事长|书记)|(来|到)我办公室来?一趟/,
    ],
    weight: 1,
    why: '说自己换了号、手机丢了，或自称领导叫你去办公室的，先用你原来存的号码打过去，确认是本人。',
    scamType: 'impersonation',
    source: SEED_WARN_FAMILY,
  },
  {
    id: 'recovery',
    // Police return recovered money free, in person: a fee, a 「维权群」 or an online route is the scam, not the word 追回.
    patterns: [
      /(追回|挽回|拿回|追款|追损|退还|返还|维权).{0,20}(手续费|服务费|保证金|律师费|费用|先交|先付|缴纳|加群|进群|维权群|下载|链接|线上办理|网上办理|登记费|解冻)/,
      /(手续费|服务费|保证金|先交|先付|维权群|加群|进群).{0,20}(追回|挽回|拿回|返还|退还)/,
    ],
    weight: 3,
    why: '被骗后有人说能“帮你追回损失”的，多半是二次诈骗：警方追赃返还不收费；网上自称付费就能追回的是骗局，拉你进“维权群”的也是。',
    scamType: 'recovery',
    source: NEVER_REAL,
  },
  {
    id: 'rebate-advance',
    // Evidence adds up: a task job, money put in first and a commission promised is the whole script.
    patterns: [
      /(刷单|做任务|点赞|关注|接单|兼职|派单).{0,40}(垫付|先付|充值|本金|押金).{0,40}(佣金|返|提现|结算)|(垫付|充值|本金).{0,30}(佣金|返利|返现)/,
    ],
    weight: 3,
    why: '先做任务、再垫付或充值、说好返佣金，这就是刷单诈骗的全过程。',
    scamType: 'rebate',
    source: AFL,
  },
  {
    id: 'romance-game',
    patterns: [
      /(游戏|装备|账号|皮肤).{0,16}(交易|解冻|保证金|担保)|走.{0,4}交易平台|清关费|海关.{0,8}(扣|交|费)|(国外|海外).{0,10}(寄|礼物|包裹).{0,20}(费|垫)|博彩|彩金|百家乐|真人娱乐|注册送|下注|(平台|系统).{0,4}漏洞|(交友|婚恋|网恋|相亲).{0,12}(投资|平台|转账|充值)|(男|女)朋友.{0,8}(带你|一起)(投资|赚钱)|(交易猫|盼之|游易宝|平台).{0,12}(交易|下单|注册).{0,20}(链接|我发你)/,
    ],
    weight: 2,
    why: '游戏账号交易要你另交费，网上认识的人带你投资，都是常见骗局。',
    scamType: 'romance',
    source: AFL,
  },
  {
    id: 'guided-banking',
    patterns: [
      /验证资金|开通.{0,6}(理赔|退款|收款)功能|转一笔.{0,6}(验证|测试|激活)|(打开|登录)(手机银行|网银|支付宝|微信).{0,12}(按|照)我|按我说的.{0,6}(操作|转)|我(一步步)?教(你|您).{0,10}(操作|关闭|注销|取消|转)/,
    ],
    weight: 3,
    why: '没有“开通理赔功能”“验证资金”这回事；让你打开手机银行照着操作，就是要你自己把钱转走。',
    source: sources(PRETEXTS, SEED_SITUATIONS),
  },
  {
    id: 'off-platform-deal',
    patterns: [/私下交易|不要走平台|别走平台|绕开平台|脱离平台|内部渠道|先付定金|低价(转让|出售)/],
    weight: 2,
    why: '让你绕开平台、私下付款或先交定金，出了事平台和警方都很难帮你追查。',
    scamType: 'shopping',
    source: AFL,
  },
  {
    id: 'prize',
    patterns: [
      /中了.{0,4}奖|[一二三特]等奖|中奖|恭喜(您|你)?(抽中|中了)|幸运(用户|观众|客户|粉丝)|领取(奖品|奖金|大奖)|(奖品|奖金).{0,8}(手续费|保证金|税|运费)/,
    ],
    weight: 2,
    why: '没参加过的抽奖说你中了奖，再让你交运费、税费或点链接，是骗局。',
    scamType: 'shopping',
    source: AFL,
  },
  {
    id: 'fake-documents',
    patterns: [/代开.{0,4}发票|办理?(各类)?证件|办证|刻章/],
    weight: 2,
    why: '代开发票、办证是违法生意，也常是骗钱的幌子。',
    source: AFL,
  },
  {
    id: 'robocall',
    patterns: [/按\s?[0-9]\s?键?(转|进入|联系)?人工/],
    weight: 2,
    why: '“按 1 转人工”的录音电话，是冒充客服和公检法的常见开头。',
    source: SEED_SITUATIONS,
  },
  {
    id: 'account-alarm',
    patterns: [/(账户|账号|订单|银行卡|ETC|医保|社保|信用卡|积分).{0,8}(异常|冻结|停用|失效|过期|清零|被盗|风险|被限制)/],
    weight: 1,
    why: '说你的账户、ETC 或积分“异常、将冻结、要清零”，是为了让你慌着点链接或回电。',
    source: SEED_SITUATIONS,
  },
  {
    id: 'transfer-request',
    patterns: [
      /(转|打|汇)\d+.{0,4}到.{0,4}(卡|账户|账号)|(转账|汇款|打款|转到|汇到|打到|转入|存入).{0,10}(账户|账号|卡|银行卡|这个|以下)|(银行卡号|卡号|户名)[:：]|扫码支付|(支付宝|微信).{0,6}(转给|转到|付款码)|直接转(给)?我|转给(班主任|辅导员|老师)/,
    ],
    weight: 1,
    why: '陌生人的电话或消息要你转账，先停下，用官方电话核实。',
    source: SEED_MISTAKES,
  },
  {
    id: 'secrecy-urgency',
    patterns: [
      /不要告诉(家人|任何人|别人|你家人|其他人)|(保密|不能外传|不得泄露)|(马上|立即|立刻|尽快|赶紧).{0,6}(处理|操作|转账|办理|联系)|(今天|今日|\d+小时|\d+分钟)内.{0,10}(处理|否则|逾期|失效|冻结)|否则.{0,10}(冻结|起诉|逮捕|影响征信|上门)/,
    ],
    weight: 1,
    why: '催你“马上办”、让你“保密”，是为了不让你停下来问人。',
    source: SEED_MISTAKES,
  },
  {
    id: 'move-platform',
    patterns: [
      /(加|添加|联系).{0,6}(微信|QQ|企业微信|客服微信|专员)|(下载|安装).{0,8}(App|APP|app|软件|客户端)|(点击|打开|登录).{0,6}(链接|网址|以下网站)/,
    ],
    weight: 1,
    why: '正规客服不会让你加私人微信、下载陌生 App 或点短信里的链接。',
    source: PRETEXTS,
  },
  {
    id: 'personal-details',
    patterns: [
      /(银行卡号|身份证号|密码|CVV|有效期).{0,8}(提供|告诉|填写|发给|输入)|(提供|告诉|填写?|发给|输入).{0,8}(银行卡号|卡号|身份证号|密码|CVV|卡背面)/i,
    ],
    weight: 2,
    why: '要你说出或在网页上填写卡号、密码、身份证号的，就是在骗你的信息。',
    source: SEED_SITUATIONS,
  },
]

/**
 * Who a message claims to be. The police's own rule: ETC, 医保, 社保, courts, the police and banks
 * never send a link or ask for card details, a code or a transfer by SMS, chat or phone.
 */
export type ClaimedSenderId = 'government' | 'bank' | 'airline' | 'platform'
export const CLAIMED_SENDERS: { id: ClaimedSenderId; pattern: RegExp; name: string }[] = [
  {
    id: 'government',
    pattern: /ETC|etc|医保|社保|法院|检察院|公安|警方|派出所|民警|警官|税务|公积金|交管|车管所|人社|社会保障|卫健委|海关|市场监管|工信部/,
    name: '政府部门、ETC、医保或社保',
  },
  { id: 'bank', pattern: /银行|信用卡中心|银联/, name: '银行' },
  { id: 'airline', pattern: /航空|航班|机票/, name: '航空公司' },
  { id: 'platform', pattern: /客服|淘宝|京东|拼多多|抖音|快手|美团|支付宝|微信支付|官方/, name: '平台客服' },
]

/**
 * What a message asks for, each an imperative (negated clauses are skipped by the checker), and
 * which claimed senders never ask it: a shop may well ask you to add its WeChat, a 社保 office never.
 */
export const REQUESTS: { id: 'card' | 'transfer' | 'app' | 'chat' | 'scan'; pattern: RegExp; name: string; from: ClaimedSenderId[] }[] = [
  {
    id: 'card',
    pattern: /(填写|输入|提供|告知|发送|报一下|登记|上传|核对).{0,8}(银行卡号|卡号|密码|CVV|cvv|有效期|身份证号|身份证照片|支付密码)/,
    name: '卡号或密码',
    from: ['government', 'bank', 'airline', 'platform'],
  },
  {
    id: 'transfer',
    pattern:
      /(请|需要?|要|马上|立即|立刻|尽快|先|把钱|将钱|把资金|将资金|把余额)[^，。,]{0,6}(转账|汇款|打款|转到|汇到|转入|转至|充值|存入)/,
    name: '转账',
    from: ['government', 'bank', 'airline', 'platform'],
  },
  { id: 'app', pattern: /(下载|安装).{0,8}(app|APP|App|软件|客户端|会议)/, name: '下载 App', from: ['government', 'bank', 'airline'] },
  { id: 'chat', pattern: /(加|添加|加入|进).{0,6}(微信|QQ|群聊|群)/, name: '加微信、QQ 或进群', from: ['government', 'bank'] },
  { id: 'scan', pattern: /扫描?.{0,8}二维码|扫码/, name: '扫码', from: ['government'] },
]

export const SENDER_REQUEST_SOURCE = sources(PRETEXTS, fact('hotlines.md', 'Official web domains'))

/**
 * The scam types as the corpus names them (the learned scorer's classes), with the warning card
 * each points to, if there is one.
 */
export const CORPUS_TYPES: Record<string, ScamTypeId | null> = {
  刷单返利: 'rebate',
  虚假网络投资理财: 'investment',
  虚假网络贷款: 'loan',
  冒充电商物流客服: 'refund',
  冒充公检法及政府机关: 'police',
  虚假征信: 'credit',
  虚假购物服务: 'shopping',
  冒充领导熟人: 'impersonation',
  网络游戏虚假交易: 'game',
  网络婚恋交友: 'romance',
  机票退改签: 'flight',
  追回损失: 'recovery',
  冒充ETC医保社保: 'police',
  快递违禁品: 'police',
}
