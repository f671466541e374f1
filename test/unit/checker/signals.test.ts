import { HOTLINES } from '@/content/hotlines'
import { SCAM_SIGNALS } from '@/content/scam-signals'
import type { CallableHotline } from '@/features/hotlines'
import { checkMessage } from '@/features/checker/model'

const CALLABLE = HOTLINES.filter((hotline): hotline is CallableHotline => Boolean(hotline.dial))
const ids = (text: string) => checkMessage(text, CALLABLE).flags.map((flag) => flag.id)

/** Each signal: words that must raise it, and ordinary words close to them that must not. */
const CASES: Record<string, { hits: string[]; misses: string[] }> = {
  'safe-account': { hits: ['请把资金转入国家安全账户', '配合资金清查'], misses: ['请注意账户安全', '安全中心提醒您修改密码'] },
  'fee-to-release': {
    hits: ['需要先交5000元保证金', '提现前需缴纳解冻费', '放款前请先支付手续费'],
    misses: ['本次交易手续费0元', '租房押金已退回'],
  },
  'screen-share': {
    hits: ['请打开屏幕共享', '下载腾讯会议，输入会议号', '我远程协助你操作'],
    misses: ['明天下午三点开会', '周末一起看电影'],
  },
  'verification-code': {
    hits: ['把收到的验证码告诉我', '验证码发给我一下'],
    misses: ['您的验证码是 483920，请勿泄露', '验证码5分钟内有效'],
  },
  'police-case': {
    hits: ['你涉嫌一宗洗钱案件', '这里是公安局，你的账户需要保密'],
    misses: ['小区派出所通知周六办理居住证', '公安提醒：谨防诈骗'],
  },
  'flight-refund': {
    hits: ['您的航班因故取消，可办理理赔', '机票改签可获得延误补偿'],
    misses: ['您的航班已值机，座位 32A', '登机口变更为 B12'],
  },
  'refund-claim': {
    hits: ['您的快递丢失，我们双倍理赔', '需要关闭百万保障，否则每月扣费'],
    misses: ['您的快递已签收', '退款已原路退回到支付宝'],
  },
  'credit-fix': { hits: ['可以帮你修复征信', '你的征信有问题需要处理'], misses: ['可在征信中心官网查询个人信用报告'] },
  'rebate-task': { hits: ['点赞关注就有佣金', '刷单兼职日结300'], misses: ['超市满100减20'] },
  investment: { hits: ['老师带单，稳赚不赔', '跟着导师炒股翻倍'], misses: ['基金有风险，投资需谨慎'] },
  'loan-upfront': { hits: ['无抵押秒批贷款', '贷款审核通过，需先交工本费'], misses: ['您的房贷本月已扣款'] },
  impersonation: { hits: ['我是你领导，明天来我办公室，先帮我转笔钱', '猜猜我是谁'], misses: ['领导说明天开会'] },
  // A fee, a group or an online route is the scam; a police notice about returning money is not.
  recovery: {
    hits: ['进维权群，我们帮你追回被骗的损失', '维权需要先交手续费', '追回款项需先交保证金'],
    misses: ['钱包找回来了', '您被骗的资金已追回，请本人携带身份证到派出所办理返还，不收任何费用'],
  },
  'number-change': {
    hits: ['在吗？我换号了', '爸，手机掉了，先别打这个号', '我是王总', '明天上午到我办公室来一趟'],
    misses: ['号码没变，还是原来那个', '各位家长好，我是李老师'],
  },
  'rebate-advance': { hits: ['招聘刷单员，先垫付，完成后返还本金加佣金'], misses: ['老板让我先垫付一下物流费，回头报销'] },
  'romance-game': { hits: ['游戏账号交易需要交保证金', '网恋对象带你投资'], misses: ['周末打游戏吗'] },
  'transfer-request': { hits: ['请转账到以下账户', '户名：张三'], misses: ['转账成功，对方已收款'] },
  'secrecy-urgency': { hits: ['这件事不要告诉家人', '今天内必须处理否则冻结'], misses: ['记得告诉家人晚上回家吃饭'] },
  'move-platform': { hits: ['加客服微信处理', '下载这个App领取'], misses: ['在微信里发我照片'] },
  'guided-banking': { hits: ['需要您打开手机银行，按我说的操作', '您的银行卡没有开通理赔功能'], misses: ['请打开手机银行查看余额'] },
  'off-platform-deal': { hits: ['我们私下交易更便宜', '先付定金锁货'], misses: ['已在平台下单，等待发货'] },
  prize: { hits: ['恭喜您中了一等奖', '请领取奖品，先付运费'], misses: ['恭喜您获得一张优惠券'] },
  'fake-documents': { hits: ['常年代开各类发票', '专业办证'], misses: ['电子发票已发送到您的邮箱'] },
  robocall: { hits: ['您的社保卡已停用，按1转人工'], misses: ['如需人工服务请拨打客服电话'] },
  'account-alarm': { hits: ['您的ETC已失效', '积分即将清零'], misses: ['积分可抵现金'] },
  'personal-details': { hits: ['请提供银行卡号和密码', '填写卡背面的CVV'], misses: ['银行卡已到账'] },
}

describe('each signal', () => {
  it('has cases for every signal in the content', () => {
    expect(Object.keys(CASES).sort()).toEqual(SCAM_SIGNALS.map((signal) => signal.id).sort())
  })

  describe.each(Object.entries(CASES))('%s', (id, { hits, misses }) => {
    it.each(hits)('is raised by 「%s」', (text) => expect(ids(text)).toContain(id))
    it.each(misses)('is not raised by 「%s」', (text) => expect(ids(text)).not.toContain(id))
  })

  it('has a source and a one-line why', () => {
    for (const signal of SCAM_SIGNALS) {
      expect(signal.source).toMatch(/shared\/facts\//)
      expect(signal.why).not.toMatch(/\n/)
    }
  })
})
