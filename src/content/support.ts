import { fact, sources } from './sources'
import type { Sourced } from './types'

/** The one quiet line on the emergency screen and at the end of the plan. */
export const NOT_YOUR_FAULT = '被骗不是你的错。骗子是专业的，很多人都上过当。'

/** A part of the support page: short lines, each one plain. */
export interface SupportSection extends Sourced {
  id: string
  title: string
  lines: string[]
  /** A link to the warning card under the lines, with this title. */
  warningCardLink?: string
}

const POLICE_PROCEDURE = fact(
  'laws.md',
  'Reporting to the police — the procedure (公安机关办理刑事案件程序规定, 2020)',
  '第一百七十一、一百七十八、一百七十九条',
)
/** The 3/7/30-day line is the MPS opinion on case acceptance, not the 程序规定. */
const CASE_OPINION = fact('laws.md', 'Reporting to the police', '《关于改革完善受案立案制度的意见》')
const SEED_STEPS = fact('seed-guidance.md', 'Steps they recommend')

export const SUPPORT_SECTIONS: SupportSection[] = [
  {
    id: 'next-days',
    title: '接下来几天，通常是这样',
    lines: [
      '到派出所报案后，会给你受案回执。收好它，之后问进展都用得上。',
      '警方一般在受案后 3 日内决定是否立案；需要核实的，最长 7 日；重大复杂的，最长 30 日。这是一般期限，不是保证。',
      '决定不立案的，会在决定后 3 日内书面通知你。收到通知 7 日内，你可以申请复议。',
      '钱能不能追回，要看警方查到的情况，谁都不能打包票。',
      '这几天睡不好、反复想这件事，是很常见的反应。',
    ],
    source: sources(POLICE_PROCEDURE, CASE_OPINION),
    verifiedAt: '2026-12',
  },
  {
    id: 'tell-family',
    title: '怎么告诉家人',
    lines: [
      '先说发生了什么、已经做了哪几步，再说需要他们帮什么。',
      '骗子会用泄露的信息去骗你身边的人。请家人记住：陌生电话说起你的事、要钱，先挂断，再打给你核实。',
      '可以发一张防骗提醒卡到家人群，卡片里没有你的任何信息。',
    ],
    warningCardLink: '发一张防骗提醒卡给家人',
    source: SEED_STEPS,
    verifiedAt: '2026-11',
  },
]

/** Over the psychological-assistance line on the support page. */
export const TALK_HEADING = '想找人说说'

/** Shown once, when a free-text field has words of self-harm. Calm, no questions asked. */
export const DISTRESS_PROMPT = {
  title: '你不是一个人',
  content: '如果你有伤害自己的念头，可以拨打 12356 心理援助热线，找人说说。有紧急危险，请马上拨打 120 或 110。',
  // WeChat refuses to show a modal whose button text is over 4 characters.
  confirmText: '拨打',
  cancelText: '先不用',
  source: sources(fact('hotlines.md', 'Emergency and government')),
}

/**
 * Words of self-harm, kept short and specific so that an ordinary note (「急死了」「跳楼价」) does not match.
 * Matched after removing spaces. Nothing about a match is stored.
 */
export const DISTRESS_WORDS = ['不想活', '活不下去', '想死', '自杀', '轻生', '寻短见', '了结自己', '结束生命', '割腕', '一死了之']
