import { fact } from './sources'
import type { Sourced } from './types'

/** The kinds of evidence a victim collects; each maps to a category of Civil Procedure Law art. 66. */
export type EvidenceType = 'chat' | 'call' | 'sms' | 'transfer' | 'email' | 'booking' | 'screenshot' | 'other'

export interface EvidenceTypeInfo {
  type: EvidenceType
  label: string
  /** The legal category the record usually falls under (民事诉讼法第六十六条). */
  legalCategory: string
  /** What to write down for this kind of record. */
  hint: string
}

export const EVIDENCE_LAW: Sourced & { citation: string } = {
  citation: '《民事诉讼法》（2023年修正）第六十六条',
  source: fact('laws.md', 'Civil Procedure Law', '第六十六、六十七条'),
  verifiedAt: '2026-11',
}

const ELECTRONIC = '电子数据'

export const EVIDENCE_TYPES: EvidenceTypeInfo[] = [
  { type: 'transfer', label: '转账记录', legalCategory: ELECTRONIC, hint: '写下转给谁、转了多少、用的哪张卡或哪个支付方式。' },
  { type: 'chat', label: '聊天记录', legalCategory: ELECTRONIC, hint: '写下在哪个 App 聊的、对方的昵称和账号。' },
  { type: 'call', label: '通话记录', legalCategory: ELECTRONIC, hint: '写下对方号码、通话时间，对方说了什么。' },
  { type: 'sms', label: '短信', legalCategory: ELECTRONIC, hint: '写下发信号码和短信原文，里面的链接不要点。' },
  { type: 'email', label: '邮件', legalCategory: ELECTRONIC, hint: '写下发件地址和邮件标题。' },
  { type: 'booking', label: '订票信息', legalCategory: ELECTRONIC, hint: '写下订单号、航班、在哪个平台订的。' },
  { type: 'screenshot', label: '截图', legalCategory: ELECTRONIC, hint: '写下截的是什么页面、在哪个 App 里。' },
  { type: 'other', label: '其他', legalCategory: '按实际形式认定（如书证、物证、证人证言）', hint: '写下这是什么、从哪里来。' },
]

export function evidenceTypeInfo(type: EvidenceType): EvidenceTypeInfo {
  return EVIDENCE_TYPES.find((info) => info.type === type) ?? EVIDENCE_TYPES[EVIDENCE_TYPES.length - 1]
}
