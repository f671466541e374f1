import { fact, sources } from './sources'
import { HOTLINES, type HotlineId } from './hotlines'
import type { HotlineDetail, HotlineEntry, HotlineGroup } from './types'

/**
 * What each number in hotlines.ts is for, and where it comes from: shared/facts/hotlines.md,
 * by section and, where the table gives one, the page behind it. Shown by the directory and the
 * emergency steps, which live in subpackages.
 */
const VERIFIED = '2026-11'
const GOVERNMENT = fact('hotlines.md', 'Emergency and government')
const AIRLINES = fact('hotlines.md', 'Airlines')
const BANKS = fact('hotlines.md', 'Banks')
const OTHERS = fact('hotlines.md', 'Payment platforms, phone operators, travel agencies')
const POLICE_PAGE = 'gaj.cq.gov.cn/zslm_245/xszc/202107/t20210715_9477536.html'

export const HOTLINE_GROUP_LABELS: Record<HotlineGroup, string> = {
  emergency: '报警与反诈',
  report: '举报与投诉',
  regulator: '金融与征信',
  airline: '航空公司',
  bank: '银行（挂失与止付）',
  payment: '支付平台',
  operator: '电信运营商',
  travel: '购票平台',
  support: '急救与心理援助',
}

export const HOTLINE_GROUP_ORDER: HotlineGroup[] = ['emergency', 'bank', 'payment', 'airline', 'travel', 'operator', 'report', 'regulator']

export const HOTLINE_DETAILS: Record<HotlineId, HotlineDetail> = {
  'police-110': {
    purpose: '钱已经转出去了，先打 110，警方可以启动紧急止付。',
    source: sources(GOVERNMENT, POLICE_PAGE),
    verifiedAt: VERIFIED,
  },
  'anti-fraud-96110': {
    purpose:
      '拿不准是不是诈骗，打这里咨询、核实。接到 96110 打来的电话，说明你或家人可能正被骗，请接听。它不是报警电话：正在被骗或要止付，打 110。',
    note: '来电显示为“区号+96110”。带其他前缀或形似的号码是假的。',
    source: sources(GOVERNMENT, POLICE_PAGE, 'news.jstv.com/a/20210326/1616756677935.shtml'),
    verifiedAt: VERIFIED,
  },
  'sms-12381': {
    purpose: '收到 12381 发来的短信，是官方的涉诈预警。短信不含链接和电话，无需回复。拿不准可以打 96110 咨询；已经转了钱，打 110 报警。',
    channel: '短信（只收不拨）',
    source: sources(GOVERNMENT, POLICE_PAGE, '新华社 2021-07-15'),
    verifiedAt: VERIFIED,
  },
  'anti-fraud-app': {
    purpose: '“我要举报”可匿名举报；“报案助手”实名报案；“风险查询”可查号码、账户、网址。',
    channel: '在手机应用商店搜索“国家反诈中心”',
    source: sources(GOVERNMENT, 'news.cnhubei.com 2021-03-25'),
    verifiedAt: VERIFIED,
  },
  cyberpolice: {
    purpose: '在线举报网络诈骗等犯罪。',
    channel: 'www.cyberpolice.cn',
    source: sources(GOVERNMENT, '人民日报 2016-07-07'),
    verifiedAt: VERIFIED,
  },
  'report-12321': {
    purpose: '举报诈骗电话和短信、不良 App 和网站、个人信息泄露。投诉请走网站或微信公众号“12321受理中心”；电话主要用来咨询。',
    channel: 'www.12321.cn',
    source: sources(GOVERNMENT, '12321.cn 指南页（镜像）'),
    verifiedAt: VERIFIED,
  },
  'report-12377': {
    purpose: '举报网上违法信息，包括侵犯隐私和诈骗信息。',
    channel: 'www.12377.cn',
    source: sources(GOVERNMENT, '人民日报 2016-07-07'),
    verifiedAt: VERIFIED,
  },
  'consumer-12315': {
    purpose: '消费投诉，例如投诉购票平台、网店。',
    source: sources(GOVERNMENT, '市场监管总局 2019 年整合投诉热线意见'),
    verifiedAt: VERIFIED,
  },
  'telecom-appeals': {
    purpose:
      '与运营商的纠纷。先向运营商投诉；运营商 15 日内没有答复，或你对答复不满意，再向申诉受理中心申诉。申诉要书面提出，一般在中心网站上提交；这个电话用来咨询。',
    source: sources(GOVERNMENT, '工信部通知 2008-04-30', '《电信用户申诉处理办法》第十条、第十二条'),
    verifiedAt: '2026-12',
  },
  'police-12389': {
    purpose: '投诉警务问题，例如报案不受理。',
    source: sources(GOVERNMENT, '公安部 12389 举报投诉受理规定'),
    verifiedAt: VERIFIED,
  },
  'miit-yizhengtongcha': {
    purpose:
      '查你的身份证名下每家运营商各有几张电话卡（只显示数量）；2.0 版查一个手机号关联了 8 家主要互联网企业的几个账号。结果 48 小时内由 10699000 短信发送。卡的数量不对，找那家运营商查明细，一般要本人带身份证办理。',
    channel: '微信公众号“工信微报”、工信部反诈专班或中国信通院的渠道，或支付宝小程序',
    source: sources(GOVERNMENT, '人民日报 2022-07-22', '工信部 2022-07 一证通查 2.0 公告'),
    verifiedAt: '2026-12',
  },
  'nfra-12378': { purpose: '投诉银行、保险，包括贷款和催收。', source: sources(GOVERNMENT, 'szcga.com'), verifiedAt: VERIFIED },
  'credit-center': {
    purpose:
      '征信报告问题。网上、人民银行分支机构或自助查询机都能查，所有渠道合计每年免费两次。对记录有异议，向征信中心或报送这条记录的机构提出，20 日内书面答复。有贷款不是你办的，还要去派出所报案。',
    channel: 'ipcrs.pbccrc.org.cn',
    source: sources(GOVERNMENT, 'pbccrc.org.cn 常见问题', '《征信业管理条例》第十七条、第二十五条'),
    verifiedAt: '2026-12',
  },
  // Support lines: shown only where a screen places them (the support page, the self-harm notice).
  'medical-120': { purpose: '有人生命或健康有危险，包括想伤害自己，马上打 120。', source: GOVERNMENT, verifiedAt: VERIFIED },
  'psych-12356': {
    purpose: '被骗后心里难受、睡不着，可以打这里找人说说。每天至少 18 小时有人接听，夜里可能打不通；有危险请打 110 或 120。',
    source: sources(GOVERNMENT, '人民日报海外版 2024-12-27', '中新网 2025-12-26'),
    verifiedAt: VERIFIED,
  },
  // Airlines: check a "flight change" only through these.
  'air-china': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, 'airchina.com.cn'), verifiedAt: VERIFIED },
  'china-eastern': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, 'en.ceair.com'), verifiedAt: VERIFIED },
  'china-southern': { purpose: '核实航班变动短信、退改签。', source: sources(AIRLINES, 'csair.com 公告 2016'), verifiedAt: VERIFIED },
  'hainan-airlines': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, '领事馆通知转载'), verifiedAt: VERIFIED },
  'xiamen-air': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, 'xiamenair.com'), verifiedAt: VERIFIED },
  'sichuan-airlines': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, 'global.sichuanair.com'), verifiedAt: VERIFIED },
  'spring-airlines': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, 'en.ch.com'), verifiedAt: VERIFIED },
  'juneyao-air': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, 'juneyaoair.com'), verifiedAt: VERIFIED },
  'shandong-airlines': { purpose: '核实航班变动、退改签。', source: sources(AIRLINES, '航空公司微信文章转载'), verifiedAt: VERIFIED },
  'shenzhen-airlines': {
    purpose: '核实航班变动、退改签。',
    note: '号码未经核实，这里不提供。请看行程单或深航官方 App 上的客服电话。',
    source: AIRLINES,
    verifiedAt: VERIFIED,
  },
  // Banks: report a card lost, or ask for a stop-payment.
  icbc: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  ccb: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  abc: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  boc: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  bocom: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  cmb: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  psbc: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  citic: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  ceb: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  cmbc: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  cib: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  spdb: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  pingan: { purpose: '挂失银行卡、咨询止付。', source: BANKS, verifiedAt: VERIFIED },
  // Payment platforms, phone operators, travel agencies.
  alipay: {
    purpose: '冻结账户、投诉被骗交易。',
    note: '部分网页上的支付宝客服号码是错的，只认 95188。',
    source: OTHERS,
    verifiedAt: VERIFIED,
  },
  'wechat-pay': { purpose: '冻结账户、投诉被骗交易。', source: OTHERS, verifiedAt: VERIFIED },
  'china-mobile': { purpose: '手机卡挂失、查询名下号码。', source: OTHERS, verifiedAt: VERIFIED },
  'china-unicom': { purpose: '手机卡挂失、查询名下号码。', source: OTHERS, verifiedAt: VERIFIED },
  'china-telecom': { purpose: '手机卡挂失、查询名下号码。', source: OTHERS, verifiedAt: VERIFIED },
  ctrip: { purpose: '核实订单和航班变动。', source: OTHERS, verifiedAt: VERIFIED },
  'qunar-fliggy': {
    purpose: '核实订单和航班变动。',
    note: '号码未经核实，这里不提供。请在平台官方 App 的订单页里联系客服。',
    source: OTHERS,
    verifiedAt: VERIFIED,
  },
}

/** Every hotline with its purpose, notes and source: the directory's rows. */
export const HOTLINE_ENTRIES: HotlineEntry[] = HOTLINES.map((hotline) => ({ ...hotline, ...HOTLINE_DETAILS[hotline.id as HotlineId] }))
