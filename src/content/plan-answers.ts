/*
 * The plan questionnaire's choices, apart from the plan's steps: the stored answers' schema needs
 * them, and home (in the WeChat main package, which has a size budget) reads the plan's ticks
 * through that store without loading every step's text.
 */

/** What happened, as the questionnaire asks it. */
export type Situation =
  'airline-scam' | 'ticket-platform-leak' | 'lending-leak' | 'id-leak' | 'phone-leak' | 'password-leak' | 'payment-scam' | 'other'

export const SITUATIONS: { situation: Situation; label: string }[] = [
  { situation: 'airline-scam', label: '订票信息泄露后，被冒充航空公司骗了' },
  { situation: 'ticket-platform-leak', label: '购票平台泄露了我的信息' },
  { situation: 'lending-leak', label: '网贷平台泄露了我的信息' },
  { situation: 'id-leak', label: '身份证信息泄露了' },
  { situation: 'phone-leak', label: '手机号泄露了，骚扰和诈骗电话不断' },
  { situation: 'password-leak', label: '账号或密码泄露了' },
  { situation: 'payment-scam', label: '银行卡或支付被骗' },
  { situation: 'other', label: '其他情况' },
]

export type PaymentMethod = 'bank' | 'alipay' | 'wechat'

export const PAYMENT_METHODS: { method: PaymentMethod; label: string }[] = [
  { method: 'bank', label: '银行卡转账' },
  { method: 'alipay', label: '支付宝' },
  { method: 'wechat', label: '微信支付' },
]
