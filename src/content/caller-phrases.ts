import { fact, sources } from './sources'

/**
 * What a caller said, as tappable phrases for someone who is on the phone or just hung up. Each
 * phrase is checked as if typed, so it raises the same signals as a pasted message.
 */
export interface CallerPhrase {
  id: string
  /** On the chip. */
  label: string
  /** What is checked. */
  said: string
  source: string
}

const SITUATIONS = fact('seed-guidance.md', 'Situations they cover')
const PRETEXTS = fact('first-aid.md', 'The common pretexts for asking for screen sharing')
const NEVER_REAL = fact('hotlines.md', 'Things the app must never present as real')
/** Scammers use leaked data to reach the people close to you (seed 001, 002): the nearest the facts come to 冒充熟人. */
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend', '提醒家人和朋友')
/** Waiting and not asking anyone is the first mistake the seed lists: what a demand for secrecy is after. */
const MISTAKES = fact('seed-guidance.md', 'Mistakes to avoid')

export const CALLER_PHRASES: CallerPhrase[] = [
  { id: 'flight-refund', label: '说航班取消要退款', said: '对方说我的航班取消了，要给我办退款理赔。', source: SITUATIONS },
  { id: 'money-laundering', label: '说你涉嫌洗钱', said: '对方说我涉嫌洗钱，要我配合调查。', source: PRETEXTS },
  { id: 'screen-share', label: '要你下载会议 App 或开屏幕共享', said: '对方让我下载会议App，开屏幕共享。', source: PRETEXTS },
  { id: 'safe-account', label: '要你转到安全账户', said: '对方让我把钱转到安全账户。', source: sources(PRETEXTS, NEVER_REAL) },
  { id: 'credit', label: '说能修复征信或提高额度', said: '对方说能帮我修复征信、提高额度。', source: PRETEXTS },
  { id: 'leader', label: '自称领导或老师要你转钱', said: '对方自称是我的领导，要我先帮他转钱。', source: SEED_STEPS },
  { id: 'code', label: '要你报验证码', said: '对方让我把收到的验证码告诉他。', source: PRETEXTS },
  { id: 'deposit', label: '要你先交保证金或解冻费', said: '对方要我先交保证金和解冻费。', source: SITUATIONS },
  { id: 'cancel-service', label: '说要关闭会员或百万保障', said: '对方说我开通了百万保障，不关闭每月扣费。', source: PRETEXTS },
  { id: 'recovery', label: '说能帮你追回被骗的钱', said: '对方说能帮我追回被骗的损失。', source: NEVER_REAL },
  { id: 'secret', label: '让你别告诉家人', said: '对方让我不要告诉家人。', source: MISTAKES },
]
