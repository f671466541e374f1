// Issue 24: the app's wording held against shared/facts/ as corrected in December 2026. Each block
// fails on the wording it replaced.
import { CALLER_PHRASES } from '@/content/caller-phrases'
import { STEP_CARDS } from '@/content/emergency-step-cards'
import { FOLLOW_UP_PRESETS } from '@/content/follow-ups'
import { HOTLINE_ENTRIES } from '@/content/hotline-details'
import { lawById } from '@/content/laws'
import { PLAN_STEPS } from '@/content/plan-steps'
import { RECOVERY_SCAM_WARNING } from '@/content/recovery-scam-warning'
import { SCAM_SIGNALS } from '@/content/scam-signals'
import { RECOVERY_LINE } from '@/content/scam-warnings'
import { SUPPORT_SECTIONS } from '@/content/support'
import { stepsFor } from '@/features/emergency/model'
import { buildLetter, type LetterContext } from '@/features/plan/letters'

const hotline = (id: string) => {
  const entry = HOTLINE_ENTRIES.find((candidate) => candidate.id === id)
  if (!entry) throw new Error(`No hotline ${id}`)
  return entry
}
const law = (id: string) => {
  const entry = lawById(id)
  if (!entry) throw new Error(`No law ${id}`)
  return entry
}

describe('first aid (first-aid.md, step 1 and 2)', () => {
  const points = STEP_CARDS['first-aid'].points ?? []

  it('takes the SIM card out in every case, never offering airplane mode instead', () => {
    expect(points[1]).toMatch(/^一定要拔出电话卡；同时关掉 Wi‑Fi 或打开飞行模式/)
    expect(PLAN_STEPS['first-aid'].reason).toContain('一定要拔出电话卡')
    for (const text of [...points, PLAN_STEPS['first-aid'].reason]) expect(text).not.toMatch(/(取出|拔出)电话卡[，,]?或/)
  })

  it('names no phone brand for the Android keys, and gives the iPhone keys for iPhone 8 and later', () => {
    expect(points[0]).not.toMatch(/华为|小米|OPPO|vivo/i)
    expect(points[0]).toContain('多数安卓手机')
    expect(points[0]).toContain('部分手机略有差异')
    expect(points[0]).toContain('iPhone 8 及以后')
  })
})

describe('一证通查 (hotlines.md)', () => {
  const texts = [
    hotline('miit-yizhengtongcha').purpose,
    STEP_CARDS['check-phone-cards'].body,
    ...(STEP_CARDS['check-phone-cards'].points ?? []),
    PLAN_STEPS['check-phone-cards'].reason,
  ]

  it('says it shows how many cards and linked accounts, not which', () => {
    for (const text of texts) expect(text).not.toMatch(/注册了哪些|注册了账号|哪些互联网账号/)
    expect(hotline('miit-yizhengtongcha').purpose).toMatch(/几张电话卡.*只显示数量/)
    expect(hotline('miit-yizhengtongcha').purpose).toMatch(/手机号关联了 8 家主要互联网企业的几个账号/)
  })

  it('sends a wrong count to that operator, in person with the ID', () => {
    expect(STEP_CARDS['check-phone-cards'].points?.join('')).toContain('本人带身份证')
    expect(hotline('miit-yizhengtongcha').purpose).toContain('本人带身份证')
  })

  it('lists every channel hotlines.md gives', () => {
    for (const channel of ['工信微报', '工信部反诈专班', '中国信通院', '支付宝']) {
      expect(hotline('miit-yizhengtongcha').channel).toContain(channel)
      expect(STEP_CARDS['check-phone-cards'].points?.[0]).toContain(channel)
    }
  })
})

describe('征信 (hotlines.md: 400-810-8866; 征信业管理条例 arts. 17, 25)', () => {
  const card = STEP_CARDS['credit-report']
  const cardText = card.points?.join('') ?? ''

  it('names both ways to dispute an entry and the written answer within 20 days', () => {
    for (const text of [cardText, hotline('credit-center').purpose, PLAN_STEPS['credit-report'].reason]) {
      expect(text).toContain('征信中心')
      expect(text).toMatch(/报送(这条)?记录的/)
      expect(text).toContain('20 日内书面答复')
    }
  })

  it('sends a loan the user never took to the police too', () => {
    for (const text of [cardText, hotline('credit-center').purpose, PLAN_STEPS['credit-report'].reason])
      expect(text).toContain('派出所报案')
  })

  it('counts the two free reports across all channels', () => {
    expect(cardText).toContain('所有渠道合计每年免费两次')
    expect(hotline('credit-center').purpose).toContain('所有渠道合计每年免费两次')
    for (const preset of FOLLOW_UP_PRESETS) expect(preset.reason).not.toContain('网上查询每年免费两次')
  })

  it('lets the user copy ipcrs.pbccrc.org.cn from the step and the plan', () => {
    expect(hotline('credit-center').channel).toBe('ipcrs.pbccrc.org.cn')
    expect(card.actions).toContainEqual({ kind: 'channel', hotlineId: 'credit-center' })
    expect(PLAN_STEPS['credit-report'].actions).toContainEqual({ kind: 'channel', hotlineId: 'credit-center' })
  })
})

describe('the law as written (laws.md)', () => {
  it('does not make Anti-Fraud Law art. 27 say 及时受理、立案; the duty to accept a report is 程序规定 art. 169', () => {
    expect(law('afl-27').paraphrase).not.toMatch(/及时|受理/)
    expect(law('afl-27').paraphrase).toContain('依照《刑事诉讼法》的规定立案侦查')
    expect(law('police-169').paraphrase).toContain('都应当立即接受')
    expect(law('fraud-opinion-2016').note).toContain('第一百六十九条')
    expect(law('fraud-opinion-2016').note).not.toContain('第二十七条')
    expect(PLAN_STEPS['report-any-amount'].citations).toEqual(['police-169'])
  })

  it('gives the art. 113 right to the 被害人, not to any 报案人', () => {
    expect(law('crimproc-110').paraphrase).toContain('被害人可以请检察院')
    expect(law('crimproc-110').paraphrase).not.toContain('报案人可以')
  })

  it('keeps 1195 (after a notice, the extra harm) apart from 1197 (knew or should have known, the whole harm)', () => {
    expect(law('civil-1195').article).toBe('第一千一百九十五条')
    expect(law('civil-1195').paraphrase).toContain('扩大的那部分损害')
    expect(law('civil-1197').article).toBe('第一千一百九十七条')
    expect(law('civil-1197').paraphrase).toContain('知道或者应当知道')
    expect(law('civil-1197').paraphrase).toContain('全部损害')
  })

  it('gives the 受案回执 at the police station, not after a 110 call (程序规定 art. 171)', () => {
    const nextDays = SUPPORT_SECTIONS.find((section) => section.id === 'next-days')
    expect(nextDays?.lines[0]).toMatch(/^到派出所报案后，会给你受案回执/)
    expect(nextDays?.lines.join('')).not.toContain('报警后')
    expect(law('police-171').paraphrase).toContain('到派出所报案')
  })
})

describe('12300 (hotlines.md: 010-12300)', () => {
  const entry = hotline('telecom-appeals')

  it('dials 01012300 and shows 010-12300', () => {
    expect(entry.dial).toBe('01012300')
    expect(entry.display).toBe('010-12300')
    expect(HOTLINE_ENTRIES.some((candidate) => candidate.dial === '12300')).toBe(false)
  })

  it('says appeals are in writing through the website, the line is for questions, after 15 days or an unsatisfying answer', () => {
    expect(entry.purpose).toContain('申诉要书面提出，一般在中心网站上提交')
    expect(entry.purpose).toContain('电话用来咨询')
    expect(entry.role).toBe('咨询')
    expect(entry.purpose).toContain('15 日内没有答复，或你对答复不满意')
  })
})

describe('the ID-number leak path (seed 001, 003)', () => {
  const steps = stepsFor('leaked', { leaks: ['id-number'] })
  const card = STEP_CARDS['report-police']

  it('asks for a visit to the police station to put the leak on record', () => {
    expect(steps.map((step) => step.id)).toContain('report-police')
    expect(steps.find((step) => step.id === 'report-police')?.title).toBe('到派出所报案备案')
  })

  it('says what to bring and offers no emergency call for a leak with no loss', () => {
    expect(card.points).toEqual(expect.arrayContaining(['身份证']))
    expect(card.points?.join('')).toContain('受案回执')
    expect(card.body).toContain('不用打 110')
    expect(card.actions.filter((action) => action.kind === 'call')).toEqual([])
  })

  it('is not offered for a leak without the ID number', () => {
    expect(stepsFor('leaked', { leaks: ['phone'] }).map((step) => step.id)).not.toContain('report-police')
  })
})

describe('12321 and PIPL art. 65 (hotlines.md: 12321 is run by 中国互联网协会 for MIIT)', () => {
  const context: LetterContext = {
    answers: { situation: 'phone-leak', moneyLost: false, payments: [], codeGiven: false, remoteApp: false, sourceKnown: false },
    details: {},
    transfers: [],
    now: Date.UTC(2026, 11, 6, 2),
  }

  it('does not promise a reply under art. 65 from 12321, and names MIIT and 12377', () => {
    const text = buildLetter('regulator-complaint', context).text
    expect(text).toContain('12321')
    expect(text).not.toContain('第六十五条')
    expect(text).toContain('工业和信息化部')
    expect(text).toContain('12377')
  })

  it('tells the plan reader who owes an answer, and offers 12377 beside 12321', () => {
    const step = PLAN_STEPS['complain-regulator']
    expect(step.reason).toContain('12377')
    expect(step.reason).toContain('工信部')
    expect(step.reason).toContain('12321 是中国互联网协会')
    expect(step.actions).toContainEqual({ kind: 'channel', hotlineId: 'report-12377' })
  })
})

describe('stop-payment is the police’s (Anti-Fraud Law art. 20)', () => {
  it('has the bank confirm only the user’s own card, and sends stop-payment questions to the officer', () => {
    const preset = FOLLOW_UP_PRESETS.find((entry) => entry.id === 'bank-confirm-freeze')
    expect(preset?.reason).toContain('确认你卡的挂失/冻结；止付进度问办案民警')
    expect(preset?.reason).not.toContain('止付和冻结要银行配合办理')
  })
})

describe('the recovery warning (hotlines.md: a lawyer may lawfully charge)', () => {
  const RIGHT = '警方追赃返还不收费；网上自称付费就能追回的是骗局'
  const texts = [
    RECOVERY_SCAM_WARNING.lines.join(''),
    SCAM_SIGNALS.find((signal) => signal.id === 'recovery')?.why ?? '',
    RECOVERY_LINE,
    PLAN_STEPS['claim-compensation'].warning ?? '',
  ]

  it('says police return is free and paid online recovery is a scam, not that no one may charge', () => {
    for (const text of texts) {
      expect(text).toContain(RIGHT)
      expect(text).not.toMatch(/没有任何正规机构|只能通过警方追回/)
    }
  })
})

describe('source fields cite what supports them', () => {
  it('does not cite the screen-sharing pretexts for 冒充领导 or for a demand for secrecy', () => {
    for (const id of ['leader', 'secret']) {
      expect(CALLER_PHRASES.find((phrase) => phrase.id === id)?.source).not.toContain('The common pretexts')
    }
  })

  it('does not cite the Anti-Fraud Law section, which names no impersonation, for 冒充领导或熟人', () => {
    expect(SCAM_SIGNALS.find((signal) => signal.id === 'impersonation')?.source).not.toContain('Anti-Telecom')
  })

  it('cites the case-acceptance opinion, not only the 程序规定, for the 3/7/30-day line', () => {
    const nextDays = SUPPORT_SECTIONS.find((section) => section.id === 'next-days')
    expect(nextDays?.source).toContain('《关于改革完善受案立案制度的意见》')
  })
})
