import { fact } from './sources'
import type { Sourced } from './types'

/** The warning against paid "recovery" services, shown on the hotline directory. */
export interface RecoveryScamWarning extends Sourced {
  title: string
  lines: string[]
  /** Known fake channels, shown as text only: never as links. */
  fakeChannels: string[]
}

export const RECOVERY_SCAM_WARNING: RecoveryScamWarning = {
  title: '当心“帮你追回损失”的二次诈骗',
  lines: [
    '警方追赃返还不收费；网上自称付费就能追回的是骗局。',
    '警察和官方机构不会要你交费、转到“安全账户”或共享屏幕。',
    '网上自称“96110 国家反诈中心官网”的网页是假的。',
    '有人说输错骗子银行卡密码几次就能冻结对方账户，这没有官方依据。',
  ],
  fakeChannels: ['usa110.com', 'wz12311.cn', '12377.me', 'kkaa110@126.com', 'fy96110@163.com', '96ll0.cc', '96ll0.com.cn'],
  source: fact('hotlines.md', 'Things the app must never present as real'),
  verifiedAt: '2026-11',
}
