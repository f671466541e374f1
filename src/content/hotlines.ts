import type { Hotline } from './types'

/**
 * The only source of phone numbers in the app. Every entry is copied from
 * shared/facts/hotlines.md (checked 2026-11); a unit test holds each `dial` against
 * shared/facts/allowed-numbers.txt. Never add or "correct" a number here without a source.
 *
 * Each entry's source, purpose and notes are in hotline-details.ts under the same id (the
 * compiler requires one for every id). They are kept apart because the call buttons on the
 * WeChat tab pages need only this table, and the main package has a size budget.
 */
const ENTRIES = [
  { id: 'police-110', name: '报警电话', dial: '110', role: '报警', group: 'emergency', status: 'official' },
  { id: 'anti-fraud-96110', name: '反诈咨询专线', dial: '96110', role: '咨询', group: 'emergency', status: 'official' },
  { id: 'sms-12381', name: '12381 预警短信', group: 'emergency', status: 'official' },
  { id: 'anti-fraud-app', name: '国家反诈中心 App', group: 'emergency', status: 'secondary' },
  { id: 'cyberpolice', name: '网络违法犯罪举报网站', group: 'report', status: 'secondary' },
  {
    id: 'report-12321',
    name: '12321 网络不良与垃圾信息举报受理中心',
    dial: '01012321',
    display: '010-12321',
    role: '咨询',
    group: 'report',
    status: 'secondary',
  },
  { id: 'report-12377', name: '12377 违法和不良信息举报中心', dial: '12377', group: 'report', status: 'secondary' },
  { id: 'consumer-12315', name: '12315 市场监管投诉', dial: '12315', group: 'report', status: 'secondary' },
  {
    id: 'telecom-appeals',
    name: '工信部电信用户申诉受理中心',
    dial: '01012300',
    display: '010-12300',
    role: '咨询',
    group: 'report',
    status: 'secondary',
  },
  { id: 'police-12389', name: '12389 公安监督举报', dial: '12389', group: 'report', status: 'secondary' },
  { id: 'miit-yizhengtongcha', name: '一证通查（工信部）', group: 'report', status: 'secondary' },
  { id: 'nfra-12378', name: '12378 国家金融监督管理总局', dial: '12378', group: 'regulator', status: 'secondary' },
  { id: 'credit-center', name: '人民银行征信中心', dial: '4008108866', display: '400-810-8866', group: 'regulator', status: 'secondary' },
  // Support lines: shown only where a screen places them (the support page, the self-harm notice).
  { id: 'medical-120', name: '急救电话', dial: '120', role: '急救', group: 'support', status: 'official' },
  { id: 'psych-12356', name: '全国心理援助热线', dial: '12356', role: '倾诉', group: 'support', status: 'secondary' },
  // Airlines: check a "flight change" only through these.
  { id: 'air-china', name: '中国国航', dial: '95583', group: 'airline', status: 'official' },
  { id: 'china-eastern', name: '东方航空', dial: '95530', group: 'airline', status: 'official' },
  { id: 'china-southern', name: '南方航空', dial: '95539', group: 'airline', status: 'official' },
  { id: 'hainan-airlines', name: '海南航空', dial: '95339', group: 'airline', status: 'secondary' },
  { id: 'xiamen-air', name: '厦门航空', dial: '95557', group: 'airline', status: 'official' },
  { id: 'sichuan-airlines', name: '四川航空', dial: '4008300999', display: '4008-300-999', group: 'airline', status: 'official' },
  { id: 'spring-airlines', name: '春秋航空', dial: '95524', group: 'airline', status: 'official' },
  { id: 'juneyao-air', name: '吉祥航空', dial: '95520', group: 'airline', status: 'official' },
  { id: 'shandong-airlines', name: '山东航空', dial: '95369', group: 'airline', status: 'secondary' },
  { id: 'shenzhen-airlines', name: '深圳航空', group: 'airline', status: 'unverified' },
  // Banks: report a card lost, or ask for a stop-payment.
  { id: 'icbc', name: '工商银行', dial: '95588', group: 'bank', status: 'official' },
  { id: 'ccb', name: '建设银行', dial: '95533', group: 'bank', status: 'official' },
  { id: 'abc', name: '农业银行', dial: '95599', group: 'bank', status: 'secondary' },
  { id: 'boc', name: '中国银行', dial: '95566', group: 'bank', status: 'official' },
  { id: 'bocom', name: '交通银行', dial: '95559', group: 'bank', status: 'official' },
  { id: 'cmb', name: '招商银行', dial: '95555', group: 'bank', status: 'secondary' },
  { id: 'psbc', name: '邮储银行', dial: '95580', group: 'bank', status: 'official' },
  { id: 'citic', name: '中信银行', dial: '95558', group: 'bank', status: 'secondary' },
  { id: 'ceb', name: '光大银行', dial: '95595', group: 'bank', status: 'secondary' },
  { id: 'cmbc', name: '民生银行', dial: '95568', group: 'bank', status: 'secondary' },
  { id: 'cib', name: '兴业银行', dial: '95561', group: 'bank', status: 'official' },
  { id: 'spdb', name: '浦发银行', dial: '95528', group: 'bank', status: 'secondary' },
  { id: 'pingan', name: '平安银行', dial: '95511', group: 'bank', status: 'official' },
  // Payment platforms, phone operators, travel agencies.
  { id: 'alipay', name: '支付宝', dial: '95188', group: 'payment', status: 'secondary' },
  { id: 'wechat-pay', name: '微信支付', dial: '95017', group: 'payment', status: 'secondary' },
  { id: 'china-mobile', name: '中国移动', dial: '10086', group: 'operator', status: 'secondary' },
  { id: 'china-unicom', name: '中国联通', dial: '10010', group: 'operator', status: 'secondary' },
  { id: 'china-telecom', name: '中国电信', dial: '10000', group: 'operator', status: 'secondary' },
  { id: 'ctrip', name: '携程', dial: '95010', group: 'travel', status: 'secondary' },
  { id: 'qunar-fliggy', name: '去哪儿、飞猪', group: 'travel', status: 'unverified' },
] as const satisfies readonly Hotline[]

export type HotlineId = (typeof ENTRIES)[number]['id']

export const HOTLINES: readonly Hotline[] = ENTRIES
