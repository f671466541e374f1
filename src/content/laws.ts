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
  /** The version year the article number belongs to. */
  year: string
  article: string
  topic: LawTopic
  paraphrase: string
  note?: string
}

const LAWS_MD = 'shared/facts/laws.md'
const V = '2026-11'
const PIPL = '《个人信息保护法》'
const CSL = '《网络安全法》'
const CIVIL = '《民法典》'
const CRIMINAL = '《刑法》'
const AFL = '《反电信网络诈骗法》'
const CPL = '《民事诉讼法》'
const POLICE = '《公安机关办理刑事案件程序规定》'
const CRIMPROC = '《刑事诉讼法》'

const article = (entry: Omit<LawArticle, 'source' | 'verifiedAt'>): LawArticle => ({ ...entry, source: LAWS_MD, verifiedAt: V })

/** Renumbering in the 2025 amendment is not verified, so the 2016 numbers are cited with this note. */
export const CSL_RENUMBERING_NOTE =
  '《网络安全法》2025 年修正（2026 年 1 月 1 日起施行）调整了条文序号，原第四十二、四十三条的新序号尚未核实，这里按 2016 年版引用。'

export const LAW_ARTICLES: LawArticle[] = [
  article({ id: 'afl-18', law: AFL, year: '2022', article: '第十八条', topic: 'anti-fraud', paraphrase: '银行和支付机构要监测可疑账户，可以延迟或暂停可疑交易。' }),
  article({ id: 'afl-20', law: AFL, year: '2022', article: '第二十条', topic: 'anti-fraud', paraphrase: '公安部建立即时查询、紧急止付、快速冻结、解冻和资金返还制度，银行必须配合。钱转出后尽快报警，才能争取止付。' }),
  article({ id: 'afl-32', law: AFL, year: '2022', article: '第三十二条', topic: 'anti-fraud', paraphrase: '账户被限制的人应当被告知原因，并且可以申诉。' }),
  article({ id: 'afl-34', law: AFL, year: '2022', article: '第三十四条', topic: 'anti-fraud', paraphrase: '国家开展预警劝阻，追缴和返还被骗资金，对生活困难的受害人给予救助。' }),
  article({ id: 'afl-46', law: AFL, year: '2022', article: '第四十六条', topic: 'liability', paraphrase: '诈骗分子要承担民事赔偿责任；违反本法的电信、银行、平台等单位也要承担相应责任。' }),
  article({ id: 'police-169', law: POLICE, year: '2020', article: '第一百六十九条', topic: 'police', paraphrase: '公安机关对报案应当立即接受，并制作笔录。' }),
  article({ id: 'police-170', law: POLICE, year: '2020', article: '第一百七十条', topic: 'police', paraphrase: '对报案人提交的证据，公安机关应当登记列出。' }),
  article({ id: 'police-171', law: POLICE, year: '2020', article: '第一百七十一条', topic: 'police', paraphrase: '公安机关应当给报案人出具受案回执。记得索要并保存好。' }),
  article({ id: 'police-178', law: POLICE, year: '2020', article: '第一百七十八条', topic: 'police', paraphrase: '公安机关要决定是否立案；决定不立案的，应当在 3 日内书面通知报案人。' }),
  article({ id: 'police-179', law: POLICE, year: '2020', article: '第一百七十九条', topic: 'police', paraphrase: '对不立案决定不服的，可以在 7 日内申请复议，还可以向上一级公安机关申请复核。' }),
  article({ id: 'crimproc-110', law: CRIMPROC, year: '2018', article: '第一百一十条至第一百一十三条', topic: 'police', paraphrase: '报案可以口头也可以书面。公安机关不立案的，报案人可以请检察院要求公安机关说明理由。' }),
  article({ id: 'cpl-66', law: CPL, year: '2023', article: '第六十六条', topic: 'evidence', paraphrase: '证据包括当事人陈述、书证、物证、视听资料、电子数据、证人证言、鉴定意见、勘验笔录。聊天记录、截图、转账记录属于电子数据。' }),
  article({ id: 'cpl-67', law: CPL, year: '2023', article: '第六十七条', topic: 'evidence', paraphrase: '谁主张，谁举证。要别人赔偿，就要拿得出证据。' }),
  article({ id: 'pipl-44', law: PIPL, year: '2021', article: '第四十四条', topic: 'rights', paraphrase: '你对自己的个人信息有知情权和决定权，可以限制或拒绝别人处理。' }),
  article({ id: 'pipl-45', law: PIPL, year: '2021', article: '第四十五条', topic: 'rights', paraphrase: '你有权查阅、复制自己的个人信息，处理者应当及时提供。' }),
  article({ id: 'pipl-46', law: PIPL, year: '2021', article: '第四十六条', topic: 'rights', paraphrase: '信息不准确或不完整的，你有权要求更正、补充。' }),
  article({ id: 'pipl-47', law: PIPL, year: '2021', article: '第四十七条', topic: 'rights', paraphrase: '目的已实现、停止服务、撤回同意或违法处理时，处理者应当主动删除；没有删除的，你有权要求删除。' }),
  article({ id: 'pipl-50', law: PIPL, year: '2021', article: '第五十条', topic: 'rights', paraphrase: '处理者要有受理你申请的渠道；拒绝的，要说明理由。' }),
  article({ id: 'pipl-57', law: PIPL, year: '2021', article: '第五十七条', topic: 'leak-duties', paraphrase: '发生或可能发生泄露时，处理者应当立即补救，并通知监管部门和受影响的个人：泄露了哪些信息、原因、可能的危害、采取的措施、你能做什么、联系方式。' }),
  article({ id: 'pipl-65', law: PIPL, year: '2021', article: '第六十五条', topic: 'leak-duties', paraphrase: '任何人都可以向履行个人信息保护职责的部门投诉、举报，部门应当处理并告知结果。' }),
  article({ id: 'pipl-69', law: PIPL, year: '2021', article: '第六十九条', topic: 'liability', paraphrase: '过错推定：处理者不能证明自己没有过错的，就要赔偿。按你的损失或对方的获利计算，都难以确定的，由法院确定。' }),
  article({ id: 'pipl-70', law: PIPL, year: '2021', article: '第七十条', topic: 'liability', paraphrase: '受害人多的，检察院、消费者组织等可以提起公益诉讼。' }),
  article({ id: 'csl-42', law: CSL, year: '2016', article: '第四十二条', topic: 'leak-duties', paraphrase: '网络运营者不得泄露、篡改、毁损个人信息，要保证安全；泄露后要立即补救、告知用户并报告主管部门。', note: CSL_RENUMBERING_NOTE }),
  article({ id: 'csl-43', law: CSL, year: '2016', article: '第四十三条', topic: 'rights', paraphrase: '违法收集、使用的，你有权要求删除；信息有错的，有权要求更正。', note: CSL_RENUMBERING_NOTE }),
  article({ id: 'civil-1032', law: CIVIL, year: '2020', article: '第一千零三十二、一千零三十三条', topic: 'rights', paraphrase: '你享有隐私权，任何人不得用电话、短信、即时通讯工具、电子邮件等侵扰你的私人生活。' }),
  article({ id: 'civil-1037', law: CIVIL, year: '2020', article: '第一千零三十七条', topic: 'rights', paraphrase: '你可以查阅、复制自己的个人信息，发现错误可以要求更正，违法处理的可以要求删除。' }),
  article({ id: 'civil-1038', law: CIVIL, year: '2020', article: '第一千零三十八条', topic: 'leak-duties', paraphrase: '信息处理者不得泄露、篡改个人信息，要确保安全；泄露后要及时补救、告知本人并报告主管部门。' }),
  article({ id: 'civil-1165', law: CIVIL, year: '2020', article: '第一千一百六十五条', topic: 'liability', paraphrase: '有过错造成损害的要赔偿；法律规定推定过错的，对方要自己证明没有过错。' }),
  article({ id: 'civil-1195', law: CIVIL, year: '2020', article: '第一千一百九十五、一千一百九十七条', topic: 'liability', paraphrase: '通知平台处理侵权时，要附初步证据和你的真实身份。平台接到通知不处理，或明知、应知侵权的，要对扩大的损害承担连带责任。' }),
  article({ id: 'criminal-253-1', law: CRIMINAL, year: '现行', article: '第二百五十三条之一', topic: 'criminal', paraphrase: '出售、提供、窃取公民个人信息，情节严重的构成犯罪，最高可判七年；利用工作便利获取的从重处罚。' }),
  article({ id: 'criminal-266', law: CRIMINAL, year: '现行', article: '第二百六十六条', topic: 'criminal', paraphrase: '电信网络诈骗 3,000 元以上属于“数额较大”，3 万元以上“数额巨大”，50 万元以上“数额特别巨大”；两年内多次诈骗的金额累计计算。' }),
]

export function lawById(id: string): LawArticle | undefined {
  return LAW_ARTICLES.find((entry) => entry.id === id)
}

/** 「《个人信息保护法》（2021年）第四十七条」 */
export function citationText(entry: LawArticle): string {
  const year = /^\d{4}$/.test(entry.year) ? `（${entry.year}年${entry.law === CSL ? '版' : ''}）` : ''
  return `${entry.law}${year}${entry.article}`
}
