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
  /** Official web domains, from the sources in hotlines.md; a lookalike of one is a warning. */
  domains: string[]
  /** Latin fragments a lookalike domain would carry. */
  tokens: string[]
}

export const BRANDS_SOURCE = sources(fact('hotlines.md', 'Airlines'), fact('hotlines.md', 'Banks'), fact('hotlines.md', 'Payment platforms'))

export const BRANDS: Brand[] = [
  { hotlineId: 'air-china', kind: 'airline', names: ['中国国航', '国航', '中国国际航空'], domains: ['airchina.com.cn'], tokens: ['airchina'] },
  { hotlineId: 'china-eastern', kind: 'airline', names: ['东方航空', '东航'], domains: ['ceair.com'], tokens: ['ceair'] },
  { hotlineId: 'china-southern', kind: 'airline', names: ['南方航空', '南航'], domains: ['csair.com'], tokens: ['csair'] },
  { hotlineId: 'hainan-airlines', kind: 'airline', names: ['海南航空', '海航'], domains: [], tokens: ['hnair'] },
  { hotlineId: 'xiamen-air', kind: 'airline', names: ['厦门航空', '厦航'], domains: ['xiamenair.com'], tokens: ['xiamenair'] },
  { hotlineId: 'sichuan-airlines', kind: 'airline', names: ['四川航空', '川航'], domains: ['sichuanair.com'], tokens: ['sichuanair'] },
  { hotlineId: 'spring-airlines', kind: 'airline', names: ['春秋航空'], domains: ['ch.com'], tokens: ['springair'] },
  { hotlineId: 'juneyao-air', kind: 'airline', names: ['吉祥航空'], domains: ['juneyaoair.com'], tokens: ['juneyao'] },
  { hotlineId: 'shandong-airlines', kind: 'airline', names: ['山东航空', '山航'], domains: [], tokens: ['sda'] },
  { hotlineId: 'icbc', kind: 'bank', names: ['工商银行', '工行'], domains: [], tokens: ['icbc'] },
  { hotlineId: 'ccb', kind: 'bank', names: ['建设银行', '建行'], domains: [], tokens: ['ccb'] },
  { hotlineId: 'abc', kind: 'bank', names: ['农业银行', '农行'], domains: [], tokens: ['abchina'] },
  { hotlineId: 'boc', kind: 'bank', names: ['中国银行', '中行'], domains: [], tokens: ['bankofchina'] },
  { hotlineId: 'bocom', kind: 'bank', names: ['交通银行', '交行'], domains: [], tokens: ['bankcomm'] },
  { hotlineId: 'cmb', kind: 'bank', names: ['招商银行', '招行'], domains: [], tokens: ['cmbchina'] },
  { hotlineId: 'psbc', kind: 'bank', names: ['邮储银行', '邮政储蓄'], domains: [], tokens: ['psbc'] },
  { hotlineId: 'citic', kind: 'bank', names: ['中信银行'], domains: [], tokens: ['citicbank'] },
  { hotlineId: 'ceb', kind: 'bank', names: ['光大银行'], domains: [], tokens: ['cebbank'] },
  { hotlineId: 'cmbc', kind: 'bank', names: ['民生银行'], domains: [], tokens: ['cmbc'] },
  { hotlineId: 'cib', kind: 'bank', names: ['兴业银行'], domains: [], tokens: ['cib'] },
  { hotlineId: 'spdb', kind: 'bank', names: ['浦发银行', '浦发'], domains: [], tokens: ['spdb'] },
  { hotlineId: 'pingan', kind: 'bank', names: ['平安银行'], domains: [], tokens: ['pingan'] },
  { hotlineId: 'alipay', kind: 'payment', names: ['支付宝'], domains: [], tokens: ['alipay'] },
  { hotlineId: 'wechat-pay', kind: 'payment', names: ['微信支付'], domains: [], tokens: ['wxpay'] },
  { hotlineId: 'china-mobile', kind: 'operator', names: ['中国移动'], domains: [], tokens: ['10086'] },
  { hotlineId: 'china-unicom', kind: 'operator', names: ['中国联通', '联通'], domains: [], tokens: ['10010'] },
  { hotlineId: 'china-telecom', kind: 'operator', names: ['中国电信'], domains: [], tokens: ['10000'] },
  { hotlineId: 'ctrip', kind: 'travel', names: ['携程'], domains: [], tokens: ['ctrip'] },
]

/** The fake "recovery" and lookalike sites named in hotlines.md (the e-mail addresses left out). */
export const KNOWN_FAKE_DOMAINS = RECOVERY_SCAM_WARNING.fakeChannels.filter((channel) => !channel.includes('@'))
