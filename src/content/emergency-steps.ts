export type EmergencyVariant = 'scammed' | 'leaked'

/**
 * Every step of the case, the emergency screen's and the plan's alike: one id, one title (verb first,
 * and with no 「你的」, because the report pack lists the steps in the user's own first person).
 * What a step says and offers is in emergency-step-cards.ts (the emergency screen) and plan-steps.ts
 * (the plan), each keyed by these ids. The titles live here, apart from the cards, because home and
 * the 证据 tab show progress in the WeChat main package, which has a size budget.
 */
export const STEP_TITLES = {
  'stop-paying': '立刻停止转账，不再付任何“费用”',
  'call-police': '拨打 110 报警，请求紧急止付',
  'call-bank': '打给开户银行，挂失或冻结银行卡',
  'call-alipay': '打支付宝 95188，冻结账户并投诉这笔交易',
  'call-wechat-pay': '打微信支付 95017，冻结账户并投诉这笔交易',
  'first-aid': '先断开对方对手机的控制',
  'keep-evidence': '保留聊天、通话、短信和转账记录，一条也别删',
  'verify-airline': '用官方电话核实航班或订单',
  'report-police': '到派出所报案备案',
  'change-passwords': '改掉泄露的密码，先改和支付有关的',
  'expect-scams': '提防接下来的诈骗电话和短信',
  'contact-source': '要求航空公司或平台书面说明泄露情况，并删除个人信息',
  'request-deletion': '给泄露信息的一方发删除请求',
  'warn-family': '提醒家人和朋友',
  'check-accounts': '查看银行卡和支付账户流水，连续看一周',
  'check-phone-cards': '用“一证通查”查电话卡和关联账号的数量',
  'credit-report': '查征信报告，一周后和一个月后各查一次',
  'ask-bank': '打给发卡银行，问要不要换卡',
  'contact-platform': '联系网贷平台，要求说明泄露情况',
  'report-leak': '向 12321 投诉信息泄露',
  'complain-regulator': '向监管部门投诉泄露信息的一方',
  'follow-up-police': '过 3 天问问派出所是否立案',
  'claim-compensation': '向泄露信息的一方要求赔偿',
  'report-any-amount': '不管损失多少，都去报案',
} as const

/** One step of the case, on the emergency screen, in the plan, or both. */
export type StepId = keyof typeof STEP_TITLES

/** For step ids read back from storage, which may name a step an older or newer version had. */
export function isStepId(value: string): value is StepId {
  return Object.prototype.hasOwnProperty.call(STEP_TITLES, value)
}

/** The steps the emergency screen offers; each has a card in emergency-step-cards.ts. */
export type EmergencyStepId = Extract<
  StepId,
  | 'stop-paying'
  | 'call-police'
  | 'call-bank'
  | 'keep-evidence'
  | 'verify-airline'
  | 'first-aid'
  | 'change-passwords'
  | 'expect-scams'
  | 'check-phone-cards'
  | 'credit-report'
  | 'report-police'
  | 'ask-bank'
  | 'contact-platform'
  | 'warn-family'
  | 'report-leak'
>

/** One step of the emergency screen, as the case file names it. */
export interface EmergencyStep {
  id: EmergencyStepId
  /** What to do, verb first. */
  title: string
}

const step = (id: EmergencyStepId): EmergencyStep => ({ id, title: STEP_TITLES[id] })

/** What the user says leaked, on the 「我的信息泄露了」 screen. */
export type LeakKind = 'id-number' | 'phone' | 'bank-card' | 'password' | 'ticket' | 'lending' | 'address'

export const LEAK_KINDS: { kind: LeakKind; label: string }[] = [
  { kind: 'id-number', label: '身份证号' },
  { kind: 'phone', label: '手机号' },
  { kind: 'bank-card', label: '银行卡' },
  { kind: 'password', label: '账号密码' },
  { kind: 'ticket', label: '机票或订单信息' },
  { kind: 'lending', label: '网贷平台信息' },
  { kind: 'address', label: '住址' },
]

/** Leak steps, each with the leaks it fits; `undefined` fits every leak. In the order they are shown. */
export const LEAK_STEPS: { step: EmergencyStep; fits?: LeakKind[] }[] = [
  { step: step('expect-scams') },
  { step: step('change-passwords'), fits: ['password'] },
  { step: step('ask-bank'), fits: ['bank-card'] },
  { step: step('verify-airline'), fits: ['ticket'] },
  { step: step('contact-platform'), fits: ['lending'] },
  { step: step('check-phone-cards'), fits: ['id-number', 'phone'] },
  { step: step('credit-report'), fits: ['id-number', 'lending', 'bank-card'] },
  // After the checks, so what they found (a strange card, a loan) goes to the station too.
  { step: step('report-police'), fits: ['id-number'] },
  { step: step('warn-family') },
  { step: step('report-leak') },
  { step: step('keep-evidence') },
]

/** The first-aid step, put first when the scammer had the user share the screen or install an app. */
export const FIRST_AID_STEP: EmergencyStep = step('first-aid')

/** Every step in the order it is offered, for each way into the emergency screen (the leak path then keeps those that fit). */
export const EMERGENCY_STEPS: Record<EmergencyVariant, EmergencyStep[]> = {
  scammed: [step('stop-paying'), step('call-police'), step('call-bank'), step('keep-evidence'), step('verify-airline')],
  leaked: LEAK_STEPS.map(({ step }) => step),
}

export const EMERGENCY_TITLES: Record<EmergencyVariant, string> = {
  scammed: '我被骗了：现在就做这几步',
  leaked: '信息泄露了：先做这几步',
}

/** The short name on the home screen's 「继续处置」 list. */
export const EMERGENCY_SHORT_NAMES: Record<EmergencyVariant, string> = {
  scammed: '我被骗了',
  leaked: '信息泄露',
}
