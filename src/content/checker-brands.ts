import { RECOVERY_SCAM_WARNING } from './recovery-scam-warning'
import { fact, sources } from './sources'

/**
 * Who a message may claim to be, by the names people and scammers use, tied to the hotline
 * directory's ids so the checker can offer the verified number.
 */
export interface Brand {
  hotlineId: string
  kind: 'airline' | 'bank' | 'payment' | 'operator' | 'travel'
  names: string[]
  /** Official web domains from hotlines.md's table; the domain or a subdomain of it is official. */
  domains: string[]
  /** Latin fragments a lookalike domain would carry. */
  tokens: string[]
}

export const BRANDS_SOURCE = sources(
  fact('hotlines.md', 'Airlines'),
  fact('hotlines.md', 'Banks'),
  fact('hotlines.md', 'Payment platforms'),
)
export const DOMAINS_SOURCE = fact('hotlines.md', 'Official web domains')
/** When the domains table was read; the facts file asks for it per entry, and it is the same for all. */
export const DOMAINS_VERIFIED_AT = '2026-11'

export const BRANDS: Brand[] = [
  {
    hotlineId: 'air-china',
    kind: 'airline',
    names: ['中国国航', '国航', '中国国际航空'],
    domains: ['airchina.com.cn'],
    tokens: ['airchina'],
  },
  { hotlineId: 'china-eastern', kind: 'airline', names: ['东方航空', '东航'], domains: ['ceair.com'], tokens: ['ceair'] },
  { hotlineId: 'china-southern', kind: 'airline', names: ['南方航空', '南航'], domains: ['csair.com'], tokens: ['csair'] },
  { hotlineId: 'hainan-airlines', kind: 'airline', names: ['海南航空', '海航'], domains: ['hnair.com'], tokens: ['hnair'] },
  { hotlineId: 'xiamen-air', kind: 'airline', names: ['厦门航空', '厦航'], domains: ['xiamenair.com'], tokens: ['xiamenair'] },
  { hotlineId: 'sichuan-airlines', kind: 'airline', names: ['四川航空', '川航'], domains: ['sichuanair.com'], tokens: ['sichuanair'] },
  { hotlineId: 'spring-airlines', kind: 'airline', names: ['春秋航空'], domains: ['ch.com'], tokens: ['springair'] },
  { hotlineId: 'juneyao-air', kind: 'airline', names: ['吉祥航空'], domains: ['juneyaoair.com'], tokens: ['juneyao'] },
  { hotlineId: 'shandong-airlines', kind: 'airline', names: ['山东航空', '山航'], domains: [], tokens: ['sdair'] },
  { hotlineId: 'icbc', kind: 'bank', names: ['工商银行', '工行'], domains: ['icbc.com.cn'], tokens: ['icbc'] },
  { hotlineId: 'ccb', kind: 'bank', names: ['建设银行', '建行'], domains: ['ccb.com'], tokens: ['ccb'] },
  { hotlineId: 'abc', kind: 'bank', names: ['农业银行', '农行'], domains: ['abchina.com'], tokens: ['abchina'] },
  { hotlineId: 'boc', kind: 'bank', names: ['中国银行', '中行'], domains: ['boc.cn', 'bankofchina.com'], tokens: ['bankofchina', 'boc'] },
  { hotlineId: 'bocom', kind: 'bank', names: ['交通银行', '交行'], domains: ['bankcomm.com'], tokens: ['bankcomm'] },
  { hotlineId: 'cmb', kind: 'bank', names: ['招商银行', '招行'], domains: ['cmbchina.com'], tokens: ['cmbchina'] },
  { hotlineId: 'psbc', kind: 'bank', names: ['邮储银行', '邮政储蓄'], domains: ['psbc.com'], tokens: ['psbc'] },
  { hotlineId: 'citic', kind: 'bank', names: ['中信银行'], domains: ['citicbank.com'], tokens: ['citicbank'] },
  { hotlineId: 'ceb', kind: 'bank', names: ['光大银行'], domains: ['cebbank.com'], tokens: ['cebbank'] },
  { hotlineId: 'cmbc', kind: 'bank', names: ['民生银行'], domains: ['cmbc.com.cn'], tokens: ['cmbc'] },
  { hotlineId: 'cib', kind: 'bank', names: ['兴业银行'], domains: ['cib.com.cn'], tokens: ['cib'] },
  { hotlineId: 'spdb', kind: 'bank', names: ['浦发银行', '浦发'], domains: ['spdb.com.cn'], tokens: ['spdb'] },
  { hotlineId: 'pingan', kind: 'bank', names: ['平安银行'], domains: ['pingan.com'], tokens: ['pingan'] },
  { hotlineId: 'alipay', kind: 'payment', names: ['支付宝'], domains: ['alipay.com'], tokens: ['alipay'] },
  { hotlineId: 'wechat-pay', kind: 'payment', names: ['微信支付'], domains: ['weixin.qq.com', 'qq.com'], tokens: ['wxpay', 'weixin'] },
  { hotlineId: 'china-mobile', kind: 'operator', names: ['中国移动'], domains: ['10086.cn'], tokens: ['10086'] },
  { hotlineId: 'china-unicom', kind: 'operator', names: ['中国联通', '联通'], domains: ['10010.com'], tokens: ['10010'] },
  { hotlineId: 'china-telecom', kind: 'operator', names: ['中国电信'], domains: ['189.cn'], tokens: ['10000'] },
  { hotlineId: 'ctrip', kind: 'travel', names: ['携程'], domains: ['ctrip.com'], tokens: ['ctrip'] },
]

/**
 * Official domains of bodies that are not in the call directory: the railway, the credit reference centre,
 * the shopping platforms, and every government site (gov.cn and its subdomains only).
 */
export const OTHER_OFFICIAL_DOMAINS: { name: string; domains: string[]; tokens: string[] }[] = [
  { name: '中国铁路', domains: ['12306.cn'], tokens: [] },
  { name: '征信中心', domains: ['pbccrc.org.cn'], tokens: ['pbccrc'] },
  { name: '淘宝', domains: ['taobao.com'], tokens: ['taobao'] },
  { name: '京东', domains: ['jd.com'], tokens: [] },
  { name: '拼多多', domains: ['pinduoduo.com'], tokens: ['pinduoduo'] },
  { name: '政府网站', domains: ['gov.cn'], tokens: ['gov'] },
]

/**
 * A short name that is also part of ordinary words: 「上海航班」 holds 海航, 「海南航空」 南航, 「集中行动」 中行.
 * The name counts only when the character after it is not one of these.
 */
export const NOT_FOLLOWED_BY: Record<string, RegExp> = {
  海航: /^[班线天道站运行程]/,
  南航: /^[班线天道站运行程空]/,
  东航: /^[班线天道站运行程空]/,
  国航: /^[班线天道站运行程空]/,
  川航: /^[班线天道站运行程]/,
  厦航: /^[班线天道站运行程]/,
  山航: /^[班线天道站运行程]/,
  中行: /^[动为驶程政业走车列]/,
  交行: /^[动为驶程政业走车列]/,
  工行: /^[动为驶程政业走车列]/,
}

/** The official SMS senders in hotlines.md: a message from them is a warning or a result, never a scam. */
export interface OfficialSender {
  number: string
  name: string
}
export const OFFICIAL_SENDERS_SOURCE = fact('hotlines.md', 'Official SMS senders')
export const OFFICIAL_SENDERS: OfficialSender[] = [
  { number: '12381', name: '工信部和公安部的防诈预警短信' },
  { number: '10699000', name: '工信部“一证通查”的结果短信' },
]

/** The fake "recovery" and lookalike sites named in hotlines.md (the e-mail addresses left out). */
export const KNOWN_FAKE_DOMAINS = RECOVERY_SCAM_WARNING.fakeChannels.filter((channel) => !channel.includes('@'))
