import { fact } from './sources'
import type { Sourced } from './types'

/** The special situations that make a claim harder, and what each means for who is liable. */
export interface LiabilityCase extends Sourced {
  id: string
  title: string
  explanation: string
  whoIsLiable: string
  citations: string[]
}

const SEED = fact('seed-guidance.md', 'Special situations that make it harder')

export const LIABILITY_CASES: LiabilityCase[] = [
  {
    id: 'hack',
    title: '泄露是因为航空公司或平台被黑客攻击',
    explanation: '对方可能说自己已经尽到合理的安全措施。查清楚需要技术调查，黑客本人也很难找到。',
    whoIsLiable:
      '法律推定处理者有过错：对方要自己证明已尽到保护义务，证明不了就要赔偿。你仍要拿出证据，说明信息是从它那里泄露的、损失是这次泄露造成的。',
    citations: ['pipl-69', 'civil-1038', 'cpl-67'],
    source: SEED,
    verifiedAt: '2026-11',
  },
  {
    id: 'not-from-leak',
    title: '被骗不是因为信息泄露',
    explanation: '比如你自己把验证码或密码告诉了对方。',
    whoIsLiable: '这时平台可能不用负责，追责主要针对骗子本人，报警和止付最重要。',
    citations: ['afl-46', 'afl-20'],
    source: SEED,
    verifiedAt: '2026-11',
  },
  {
    id: 'third-party',
    title: '中间有第三方购票平台',
    explanation: '航空公司和购票平台可能互相推责，一时很难认定是哪一方泄露的。',
    whoIsLiable: '航空公司和购票平台都处理了你的信息，两边都可以要求说明情况。查明是哪一方泄露的，那一方不能证明自己没有过错，就要赔偿。',
    citations: ['pipl-69', 'civil-1038', 'pipl-57'],
    source: SEED,
    verifiedAt: '2026-11',
  },
]

/** The mistakes the source guidance warns about, for the law page. */
export const MISTAKES_TO_AVOID: string[] = [
  '等待：不马上联系航空公司和警方，骗子就有时间转走钱，证据也更难固定。',
  '删记录：聊天、通话、订票邮件和短信，既能证明泄露，也能证明诈骗。',
  '再付钱：要“保证金”“解冻费”之类的，都是同一个骗局在继续。',
]
