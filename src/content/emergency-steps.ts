export type EmergencyVariant = 'scammed' | 'leaked'

/**
 * The steps of the emergency screen, by id and title: what progress, the case timeline and the
 * report pack name. What each step says and offers, with its source, is in emergency-step-cards.ts
 * under the same id. They are kept apart because home and the 证据 tab show progress in the WeChat
 * main package, which has a size budget; the step cards are shown only in the case subpackage.
 */
const STEPS = {
  stopPaying: { id: 'stop-paying', title: '立刻停止转账' },
  callPolice: { id: 'call-police', title: '马上打 110 报警，请求紧急止付' },
  callBank: { id: 'call-bank', title: '打给你的银行，挂失或冻结' },
  keepEvidence: { id: 'keep-evidence', title: '保留所有记录，一条也别删' },
  verifyAirline: { id: 'verify-airline', title: '用官方电话核实航班或订单' },
  firstAid: { id: 'first-aid', title: '先断开对方对你手机的控制' },
  changePasswords: { id: 'change-passwords', title: '改掉泄露的密码，先改和支付有关的' },
  expectScams: { id: 'expect-scams', title: '提防接下来的诈骗电话和短信' },
  reportLeakToPolice: { id: 'report-police', title: '到派出所报案备案' },
  checkPhoneCards: { id: 'check-phone-cards', title: '用“一证通查”查电话卡和关联账号的数量' },
  checkCredit: { id: 'credit-report', title: '查一次征信报告' },
  askBank: { id: 'ask-bank', title: '打给发卡银行，问要不要换卡' },
  contactPlatform: { id: 'contact-platform', title: '联系网贷平台，要求说明泄露情况' },
  warnFamily: { id: 'warn-family', title: '告诉家人和朋友' },
  reportLeak: { id: 'report-leak', title: '向 12321 投诉信息泄露' },
} as const

export type StepId = (typeof STEPS)[keyof typeof STEPS]['id']

/** One step, as the case file names it. */
export interface EmergencyStep {
  id: StepId
  /** What to do, verb first. */
  title: string
}

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
  { step: STEPS.expectScams },
  { step: STEPS.changePasswords, fits: ['password'] },
  { step: STEPS.askBank, fits: ['bank-card'] },
  { step: STEPS.verifyAirline, fits: ['ticket'] },
  { step: STEPS.contactPlatform, fits: ['lending'] },
  { step: STEPS.checkPhoneCards, fits: ['id-number', 'phone'] },
  { step: STEPS.checkCredit, fits: ['id-number', 'lending', 'bank-card'] },
  // After the checks, so what they found (a strange card, a loan) goes to the station too.
  { step: STEPS.reportLeakToPolice, fits: ['id-number'] },
  { step: STEPS.warnFamily },
  { step: STEPS.reportLeak },
  { step: STEPS.keepEvidence },
]

/** The first-aid step, put first when the scammer had the user share the screen or install an app. */
export const FIRST_AID_STEP: EmergencyStep = STEPS.firstAid

/** Every step in the order it is offered, for each way into the emergency screen (the leak path then keeps those that fit). */
export const EMERGENCY_STEPS: Record<EmergencyVariant, EmergencyStep[]> = {
  scammed: [STEPS.stopPaying, STEPS.callPolice, STEPS.callBank, STEPS.keepEvidence, STEPS.verifyAirline],
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
