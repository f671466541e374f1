// Each message issue 21 quotes as judged wrong, in the class of error it shows, and the facts
// tables' official domains, senders and numbers never called fake.
import fs from 'fs'
import path from 'path'
import { HOTLINES } from '@/content/hotlines'
import type { CallableHotline } from '@/features/hotlines'
import { checkMessage } from '@/features/checker/model'
import { findLinks } from '@/features/checker/links'
import { findNumbers } from '@/features/checker/numbers'
import { normalise } from '@/features/checker/normalise'
import { factsSection } from '../../support/facts'

const CALLABLE = HOTLINES.filter((hotline): hotline is CallableHotline => Boolean(hotline.dial) && hotline.status !== 'unverified')
const check = (text: string, caller?: string) => checkMessage(text, CALLABLE, caller)
const ids = (text: string) => check(text).flags.map((flag) => flag.id)
const whys = (text: string, caller?: string) =>
  check(text, caller)
    .flags.map((flag) => flag.why)
    .join('\n')
const lines = (text: string, caller?: string) => JSON.stringify(check(text, caller).numbers)

describe('rules that matched one phrase in one order', () => {
  it.each([
    ['「影响您的个人征信」', '您的账户逾期未还，将影响您的个人征信', 'credit-fix'],
    ['警方 as well as 公安', '我们是警方，你的银行卡涉嫌洗钱，需要配合调查并保密', 'police-case'],
    ['卡单', '您的任务卡单了，需要再充值5200才能提现', 'rebate-task'],
    ['补单', '系统提示需要补单，补完本金佣金一起返', 'rebate-task'],
    ['「我是你们李总」', '小王，我是你们李总，明天来我办公室', 'impersonation'],
  ])('%s', (_name, text, id) => {
    expect(ids(text)).toContain(id)
  })
})

describe('evidence that adds up', () => {
  it('calls a plain 「招聘刷单员，垫付…佣金」 a scam', () => {
    expect(check('招聘刷单员，在家就能做，先垫付商品款，完成后返本金和佣金').verdict).toBe('scam')
  })
})

describe('who claims to send it, crossed with what it asks', () => {
  it.each([
    ['ETC', '【ETC服务】您的ETC认证已失效，请登录 etc-sj.com 更新信息'],
    ['医保', '【医保局】您的医保卡需年审，请点击 ybk-nianshen.cn 填写银行卡号'],
    ['社保', '社保局通知：您有一笔社保补贴待领取，请访问 shebao-bt.top 办理'],
    ['a court', '您有一份法院传票未签收，详情查看 court-gov.cn.ch'],
  ])('a link in a message claiming %s is the warning sign by itself', (_name, text) => {
    expect(check(text).verdict).toBe('scam')
  })

  it('reads a link on the body’s own gov.cn domain as official', () => {
    expect(ids('【国家医保局】2027年度居民医保开始缴费，详见 https://www.nhsa.gov.cn')).not.toContain('sender-link')
  })
})

describe('negation over the whole clause, on both sides', () => {
  it('does not read 「工行不会通过短信链接…要求您提供验证码」 as a demand', () => {
    const result = check('【工商银行】工行不会通过短信链接或电话要求您提供验证码、密码，请勿泄露。')
    expect(result.flags.map((flag) => flag.id)).not.toContain('verification-code')
    expect(result.verdict).not.toBe('scam')
  })

  it('reads 不存在 as a negator', () => {
    expect(ids('公安机关不存在所谓的“安全账户”')).not.toContain('safe-account')
  })

  it('reads a verdict after the words: 「要你转到安全账户的都是诈骗」', () => {
    expect(ids('凡是要你转到安全账户的都是诈骗')).not.toContain('safe-account')
  })

  it('a scam that says 诈骗 itself is still a scam: 「你涉嫌诈骗案件，请转到安全账户」', () => {
    expect(check('我是公安局的，你涉嫌诈骗案件，请把钱转到安全账户').verdict).toBe('scam')
  })

  it('「温馨提醒」 in a scam does not make it a warning', () => {
    expect(check('温馨提醒：您的账户涉嫌洗钱，请立即转到安全账户').verdict).toBe('scam')
  })

  it('still reads a demand after a turn: 「我们不收费，但需要先交保证金」', () => {
    expect(check('我们不收费，但需要先交保证金才能放款').verdict).toBe('scam')
  })
})

describe('trusted senders', () => {
  it('a 12381 warning that quotes scam words is a warning, not a scam', () => {
    const text = '【12381】您好，您可能正在遭遇冒充公检法诈骗，对方要求转到安全账户的都是诈骗，请立即挂断。'
    expect(check(text).verdict).not.toBe('scam')
    expect(lines(text)).not.toContain('请不要回拨')
  })

  it('a message from 96110 or a verified 95xxx number is not called unverifiable', () => {
    expect(lines('96110')).not.toContain('没法核实')
    expect(lines('95588')).toContain('verified')
  })
})

describe('normalising: spaces inside Latin letters and digits, links by shape', () => {
  it('finds a spaced-out link and a spaced phone number', () => {
    const text = normalise('请登录 e t c - s j . c o m 更新，或致电 1 3 8 0 0 1 3 8 0 0 0').text
    expect(findLinks(text).map((found) => found.domain)).toEqual(['etc-sj.com'])
    expect(findNumbers(text).map((found) => found.number)).toEqual(['13800138000'])
  })

  it('reads court-gov.cn.ch whole, and finds .fyi', () => {
    expect(findLinks('court-gov.cn.ch').map((found) => found.domain)).toEqual(['court-gov.cn.ch'])
    expect(findLinks('refund.fyi').map((found) => found.domain)).toEqual(['refund.fyi'])
  })
})

describe('numbers that are not phone numbers', () => {
  it.each([
    ['a 12306 order number', '【铁路客服】订单E123456789，您已购G1234次列车'],
    ['a pickup code', '【菜鸟驿站】您的包裹已到，取件码8-3-2107'],
    ['a range', '日结300-800元'],
    ['a 户号', '【国网】户号0012345本月电费86.5元'],
  ])('%s is not read as a phone number', (_name, text) => {
    expect(check(text).numbers).toEqual([])
    expect(whys(text)).not.toMatch(/境外|请不要回拨/)
  })

  it('「上海航班」 does not name 海航', () => {
    expect(check('您预订的上海航班已出票').brands.map((brand) => brand.hotlineId)).not.toContain('hainan-airlines')
  })
})

describe('real organisations are never called fake (shared/facts/hotlines.md)', () => {
  const domains = factsSection('hotlines.md', 'Official web domains')
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.includes('---') && !line.includes('| who'))
    .flatMap((line) => line.split('|')[2].split(/[,，]/))
    .map((cell) => /[a-z0-9.-]+\.[a-z]{2,}/i.exec(cell)?.[0])
    .filter((domain): domain is string => Boolean(domain))

  it('reads the table: at least 30 domains', () => {
    expect(domains.length).toBeGreaterThanOrEqual(30)
    expect(domains).toEqual(
      expect.arrayContaining(['icbc.com.cn', 'abchina.com', 'cmbchina.com', 'alipay.com', '10086.cn', 'ctrip.com', 'gov.cn']),
    )
  })

  it.each(['', 'www.', 'm.'])('no official domain, with 「%s」 before it, is called a lookalike or fake', (sub) => {
    for (const domain of domains) {
      const result = check(`请登录 https://${sub}${domain}/ 查看`)
      expect({ domain, ids: result.flags.map((flag) => flag.id), why: result.flags.map((flag) => flag.why).join() }).toEqual({
        domain,
        ids: expect.not.arrayContaining(['link-lookalike']),
        why: expect.not.stringMatching(/冒用|假的|假冒/),
      })
    }
  })

  it('no verified number is called fake, in a message or as the caller', () => {
    for (const hotline of CALLABLE) {
      expect({ dial: hotline.dial, why: whys(`客服电话 ${hotline.dial}`) + whys('', hotline.dial) }).toEqual({
        dial: hotline.dial,
        why: expect.not.stringMatching(/冒充|假的|不是官方/),
      })
    }
  })

  it('numbers near an official number are 「相近，无法核实」, never fake', () => {
    for (const near of ['400-669-5566', '400-889-5558']) {
      const text = `【信用卡中心】您的账单已出，如有疑问请致电 ${near}`
      expect(whys(text)).toContain('相近，无法核实')
      expect(whys(text) + lines(text)).not.toMatch(/冒充|不是官方客服电话/)
    }
  })

  it('the official SMS senders are not 「没法核实，请不要回拨」', () => {
    for (const sender of ['12381', '10699000']) {
      expect(lines('', sender) + whys('', sender)).not.toMatch(/没法核实|冒充/)
      expect(check('', sender).verdict).toBe('clear')
    }
  })
})

describe('recovery notices', () => {
  it('a police notice about returning money in person is not a scam', () => {
    expect(check('【XX市公安局】您被骗的部分资金已追回，请本人携带身份证到XX派出所办理返还，公安机关不收取任何费用。').verdict).not.toBe(
      'scam',
    )
  })

  it.each([
    ['a fee', '我们是追损中心，可以帮您追回被骗资金，需先交2000元手续费'],
    ['a 维权群', '被骗的朋友进维权群，律师团队帮你追回损失'],
    ['an online route', '追回款项已到账，请在线上办理，点击链接填写银行卡号领取'],
  ])('flags %s, not the word 追回', (_name, text) => {
    expect(check(text).verdict).toBe('scam')
  })
})

describe('the unguarded read', () => {
  it('does not throw for a brand, its official number as the caller and no number in the text', () => {
    const result = check('【东方航空】您的航班已变更', '95530')
    expect(result.flags.find((flag) => flag.id === 'official-number')).toMatchObject({ quote: '95530', start: -1 })
  })
})

describe('syntax the oldest supported phones can parse', () => {
  // A lookbehind is a syntax error on iOS before 16.4: the checker page would not load there.
  it('no checker source uses a lookbehind', () => {
    const root = path.resolve(__dirname, '../../../src')
    const files = [
      ...fs
        .readdirSync(path.join(root, 'features/checker'), { recursive: true, encoding: 'utf8' })
        .map((file) => path.join(root, 'features/checker', file)),
      path.join(root, 'content/scam-signals.ts'),
      path.join(root, 'content/checker-brands.ts'),
      path.join(root, 'lib/text.ts'),
    ].filter((file) => /\.tsx?$/.test(file))
    expect(files.filter((file) => /\(\?<[=!]/.test(fs.readFileSync(file, 'utf8')))).toEqual([])
  })
})
