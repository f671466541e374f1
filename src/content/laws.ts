import { fact } from './sources'
import type { Sourced } from './types'

export type LawTopic = 'rights' | 'leak-duties' | 'liability' | 'anti-fraud' | 'police' | 'evidence' | 'criminal'

export const LAW_TOPICS: { topic: LawTopic; label: string }[] = [
  { topic: 'anti-fraud', label: '止付、冻结和追赃' },
  { topic: 'police', label: '报案和立案' },
  { topic: 'evidence', label: '证据' },
  { topic: 'rights', label: '你对个人信息的权利' },
  { topic: 'leak-duties', label: '泄露后，处理者必须做什么' },
  { topic: 'liability', label: '谁来赔偿' },
  { topic: 'criminal', label: '刑事责任' },
]

/** One article, paraphrased in plain Chinese (shared/facts/laws.md). */
export interface LawArticle extends Sourced {
  id: string
  law: string
  /** The text the article number belongs to, as cited: 「2021年」「2025年修正」; empty for the text in force. */
  edition: string
  article: string
  topic: LawTopic
  paraphrase: string
  note?: string
}

const V = '2026-11'
const PIPL = '《个人信息保护法》'
const CSL = '《网络安全法》'
const CIVIL = '《民法典》'
const CRIMINAL = '《刑法》'
const AFL = '《反电信网络诈骗法》'
const CPL = '《民事诉讼法》'
const POLICE = '《公安机关办理刑事案件程序规定》'
const CRIMPROC = '《刑事诉讼法》'
const FRAUD_OPINION = '《关于办理电信网络诈骗等刑事案件适用法律若干问题的意见》'
const CASE_OPINION = '《关于改革完善受案立案制度的意见》'

/** The heading in shared/facts/laws.md under which each law's articles are listed. */
const SECTION: Record<string, string> = {
  [PIPL]: 'Personal Information Protection Law',
  [CSL]: 'Cybersecurity Law',
  [CIVIL]: 'Civil Code',
  [CRIMINAL]: 'Criminal Law',
  [FRAUD_OPINION]: 'Criminal Law',
  [AFL]: 'Anti-Telecom and Online Fraud Law',
  [CPL]: 'Civil Procedure Law',
  [POLICE]: 'Reporting to the police',
  [CRIMPROC]: 'Reporting to the police',
  [CASE_OPINION]: 'Reporting to the police',
}

const article = (entry: Omit<LawArticle, 'source' | 'verifiedAt'>): LawArticle => ({
  ...entry,
  source: fact('laws.md', SECTION[entry.law], entry.article),
  verifiedAt: V,
})

export const LAW_ARTICLES: LawArticle[] = [
  article({
    id: 'afl-18',
    law: AFL,
    edition: '2022年',
    article: '第十八条',
    topic: 'anti-fraud',
    paraphrase: '银行和支付机构要监测可疑账户，可以延迟或暂停可疑交易。',
  }),
  article({
    id: 'afl-20',
    law: AFL,
    edition: '2022年',
    article: '第二十条',
    topic: 'anti-fraud',
    paraphrase: '公安部建立即时查询、紧急止付、快速冻结、解冻和资金返还制度，银行必须配合。钱转出后尽快打 110 报警，才能争取止付。',
  }),
  article({
    id: 'afl-27',
    law: AFL,
    edition: '2022年',
    article: '第二十七条',
    topic: 'police',
    paraphrase: '公安机关对电信网络诈骗，应当依照《刑事诉讼法》的规定立案侦查。',
  }),
  article({
    id: 'afl-32',
    law: AFL,
    edition: '2022年',
    article: '第三十二条',
    topic: 'anti-fraud',
    paraphrase: '账户被限制的人应当被告知原因，并且可以申诉。',
  }),
  article({
    id: 'afl-34',
    law: AFL,
    edition: '2022年',
    article: '第三十四条',
    topic: 'anti-fraud',
    paraphrase: '国家开展预警劝阻，依法追缴、返还被骗资金。对遭受重大生活困难、符合国家有关救助条件的受害人，依法给予救助。',
    note: '救助有严格条件，由政府部门依法办理。打电话、发短信说要先交钱才能领“救助金”的，是诈骗。',
  }),
  article({
    id: 'afl-46',
    law: AFL,
    edition: '2022年',
    article: '第四十六条',
    topic: 'liability',
    paraphrase: '诈骗分子要承担民事赔偿责任；违反本法的电信、银行、平台等单位也要承担相应责任。',
  }),
  article({
    id: 'police-169',
    law: POLICE,
    edition: '2020年',
    article: '第一百六十九条',
    topic: 'police',
    paraphrase: '公安机关对报案都应当立即接受，并制作笔录。不论损失多少，都可以报案；是否立案，再依照《刑事诉讼法》决定。',
  }),
  article({
    id: 'police-170',
    law: POLICE,
    edition: '2020年',
    article: '第一百七十条',
    topic: 'police',
    paraphrase: '对报案人提交的证据，公安机关应当登记列出。',
  }),
  article({
    id: 'police-171',
    law: POLICE,
    edition: '2020年',
    article: '第一百七十一条',
    topic: 'police',
    paraphrase: '到派出所报案、公安机关受案后，应当给报案人出具受案回执。记得索要并保存好；打 110 不会给回执。',
  }),
  article({
    id: 'police-178',
    law: POLICE,
    edition: '2020年',
    article: '第一百七十八条',
    topic: 'police',
    paraphrase: '公安机关要决定是否立案。有控告人、决定不立案的，应当在作出决定后 3 日内，把不立案通知书送达控告人。',
  }),
  article({
    id: 'police-179',
    law: POLICE,
    edition: '2020年',
    article: '第一百七十九条',
    topic: 'police',
    paraphrase: '控告人对不立案决定不服的，可以在收到不立案通知书后 7 日内申请复议；对复议决定不服的，可以向上一级公安机关申请复核。',
  }),
  article({
    id: 'case-acceptance-opinion',
    law: CASE_OPINION,
    edition: '公安部',
    article: '受案立案期限',
    topic: 'police',
    paraphrase: '受案后，一般在 3 日内决定是否立案；需要核实的，最长 7 日；重大、复杂的，最长 30 日。',
    note: '这是一般期限，不是保证，以派出所的答复为准。',
  }),
  article({
    id: 'crimproc-110',
    law: CRIMPROC,
    edition: '2018年',
    article: '第一百一十条至第一百一十三条',
    topic: 'police',
    paraphrase: '报案可以口头也可以书面。公安机关不立案的，被害人可以请检察院要求公安机关说明理由。',
  }),
  article({
    id: 'cpl-66',
    law: CPL,
    edition: '2023年',
    article: '第六十六条',
    topic: 'evidence',
    paraphrase: '证据包括当事人陈述、书证、物证、视听资料、电子数据、证人证言、鉴定意见、勘验笔录。聊天记录、截图、转账记录属于电子数据。',
  }),
  article({
    id: 'cpl-67',
    law: CPL,
    edition: '2023年',
    article: '第六十七条',
    topic: 'evidence',
    paraphrase: '谁主张，谁举证。要别人赔偿，就要拿得出证据。',
  }),
  article({
    id: 'pipl-44',
    law: PIPL,
    edition: '2021年',
    article: '第四十四条',
    topic: 'rights',
    paraphrase: '你对自己的个人信息有知情权和决定权，可以限制或拒绝别人处理。',
  }),
  article({
    id: 'pipl-45',
    law: PIPL,
    edition: '2021年',
    article: '第四十五条',
    topic: 'rights',
    paraphrase: '你有权查阅、复制自己的个人信息，处理者应当及时提供。',
  }),
  article({
    id: 'pipl-46',
    law: PIPL,
    edition: '2021年',
    article: '第四十六条',
    topic: 'rights',
    paraphrase: '信息不准确或不完整的，你有权要求更正、补充。',
  }),
  article({
    id: 'pipl-47',
    law: PIPL,
    edition: '2021年',
    article: '第四十七条',
    topic: 'rights',
    paraphrase: '目的已实现、停止服务、撤回同意或违法处理时，处理者应当主动删除；没有删除的，你有权要求删除。',
  }),
  article({
    id: 'pipl-50',
    law: PIPL,
    edition: '2021年',
    article: '第五十条',
    topic: 'rights',
    paraphrase: '处理者要有受理你申请的渠道；拒绝的，要说明理由。',
  }),
  article({
    id: 'pipl-57',
    law: PIPL,
    edition: '2021年',
    article: '第五十七条',
    topic: 'leak-duties',
    paraphrase:
      '发生或可能发生泄露时，处理者应当立即补救，并通知监管部门和受影响的个人：泄露了哪些信息、原因、可能的危害、采取的措施、你能做什么、联系方式。',
    note: '例外：处理者采取的措施能有效避免危害的，可以不通知个人；但监管部门认为可能造成危害的，可以要求它通知。',
  }),
  article({
    id: 'pipl-65',
    law: PIPL,
    edition: '2021年',
    article: '第六十五条',
    topic: 'leak-duties',
    paraphrase: '任何人都可以向履行个人信息保护职责的部门投诉、举报，部门应当处理并告知结果。',
  }),
  article({
    id: 'pipl-69',
    law: PIPL,
    edition: '2021年',
    article: '第六十九条',
    topic: 'liability',
    paraphrase: '处理你信息的一方不能证明自己没有过错的，就要赔偿。按你的损失或对方的获利计算，都难以确定的，由法院确定。',
    note: '你仍然要拿出证据，说明信息是从它那里泄露的、损失是这次泄露造成的（《民事诉讼法》第六十七条）。',
  }),
  article({
    id: 'pipl-70',
    law: PIPL,
    edition: '2021年',
    article: '第七十条',
    topic: 'liability',
    paraphrase: '受害人多的，检察院、消费者组织等可以提起公益诉讼。',
  }),
  article({
    id: 'csl-44',
    law: CSL,
    edition: '2025年修正',
    article: '第四十四条',
    topic: 'leak-duties',
    paraphrase: '网络运营者不得泄露、篡改、毁损个人信息，要保证安全；泄露后要立即补救、告知用户并报告主管部门。',
  }),
  article({
    id: 'csl-45',
    law: CSL,
    edition: '2025年修正',
    article: '第四十五条',
    topic: 'rights',
    paraphrase: '违法收集、使用的，你有权要求删除；信息有错的，有权要求更正。',
  }),
  article({
    id: 'civil-1032',
    law: CIVIL,
    edition: '2020年',
    article: '第一千零三十二条、第一千零三十三条',
    topic: 'rights',
    paraphrase: '你享有隐私权，任何人不得用电话、短信、即时通讯工具、电子邮件等侵扰你的私人生活。',
  }),
  article({
    id: 'civil-1037',
    law: CIVIL,
    edition: '2020年',
    article: '第一千零三十七条',
    topic: 'rights',
    paraphrase: '你可以查阅、复制自己的个人信息，发现错误可以要求更正，违法处理的可以要求删除。',
  }),
  article({
    id: 'civil-1038',
    law: CIVIL,
    edition: '2020年',
    article: '第一千零三十八条',
    topic: 'leak-duties',
    paraphrase: '信息处理者不得泄露、篡改个人信息，要确保安全；泄露后要及时补救、告知本人并报告主管部门。',
  }),
  article({
    id: 'civil-1165',
    law: CIVIL,
    edition: '2020年',
    article: '第一千一百六十五条',
    topic: 'liability',
    paraphrase: '有过错造成损害的要赔偿；法律规定推定过错的，对方要自己证明没有过错。',
  }),
  article({
    id: 'civil-1195',
    law: CIVIL,
    edition: '2020年',
    article: '第一千一百九十五条',
    topic: 'liability',
    paraphrase:
      '别人在网络平台上侵害你的权益时，你可以通知平台处理，通知要附初步证据和你的真实身份。平台接到通知后不及时处理的，只对扩大的那部分损害承担连带责任。',
    note: '说的是平台上“别人”的侵权。平台自己泄露你的信息，依据是《个人信息保护法》第六十九条和本法第一千零三十八条。',
  }),
  article({
    id: 'civil-1197',
    law: CIVIL,
    edition: '2020年',
    article: '第一千一百九十七条',
    topic: 'liability',
    paraphrase: '平台知道或者应当知道别人在平台上侵害你的权益，却不采取必要措施的，对全部损害承担连带责任。',
    note: '和第一千一百九十五条不同：这里不以你发过通知为前提，责任也不限于扩大的部分。',
  }),
  article({
    id: 'criminal-253-1',
    law: CRIMINAL,
    edition: '',
    article: '第二百五十三条之一',
    topic: 'criminal',
    paraphrase: '出售、提供、窃取公民个人信息，情节严重的构成犯罪，最高可判七年；利用工作便利获取的从重处罚。',
  }),
  article({
    id: 'criminal-266',
    law: CRIMINAL,
    edition: '',
    article: '第二百六十六条',
    topic: 'criminal',
    paraphrase: '诈骗公私财物，数额较大的，构成诈骗罪，按数额和情节判刑。',
  }),
  article({
    id: 'fraud-opinion-2016',
    law: FRAUD_OPINION,
    edition: '2016年',
    article: '诈骗数额标准',
    topic: 'criminal',
    paraphrase:
      '电信网络诈骗 3,000 元以上属于“数额较大”，3 万元以上“数额巨大”，50 万元以上“数额特别巨大”。这是给骗子定罪量刑的标准，不是报案的门槛。',
    note: '损失再少也要报案：公安机关对报案都应当立即接受（《公安机关办理刑事案件程序规定》第一百六十九条）。',
  }),
]

export function lawById(id: string): LawArticle | undefined {
  return LAW_ARTICLES.find((entry) => entry.id === id)
}

/** 「《个人信息保护法》（2021年）第四十七条」「《网络安全法》（2025年修正）第四十四条」 */
export function citationText(entry: LawArticle): string {
  return `${entry.law}${entry.edition ? `（${entry.edition}）` : ''}${entry.article}`
}
