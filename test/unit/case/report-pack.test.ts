import { buildReportPack, incidentTime } from '@/features/case/report-pack'
import { STEP_TITLES } from '@/content/emergency-steps'
import { MINUTE, T0, note } from '../evidence/fixtures'

const notes = [
  note({
    id: 'n2',
    occurredAt: T0 + 10 * MINUTE,
    amountFen: 200000,
    text: '又转了一笔“解冻费”',
    party: { account: '6217 0000 8888 9999', institution: '建设银行' },
  }),
  note({
    id: 'n1',
    occurredAt: T0 + 5 * MINUTE,
    amountFen: 120050,
    text: '对方自称航空公司客服，说航班取消要退款',
    party: { name: '李客服', phone: '13800138000', account: '6222000012345678', institution: '工商银行' },
    photos: [
      { path: 'p1', addedAt: T0 },
      { path: 'p2', addedAt: T0 },
    ],
  }),
  note({ id: 'n0', type: 'sms', occurredAt: T0, text: '收到“航班取消”短信', party: { phone: '13800138000' } }),
]

describe('report pack', () => {
  it('builds the document the police ask for, from fixed data to exact text', () => {
    const text = buildReportPack({
      notes,
      calls: [
        { id: 'c', at: T0 + 20 * MINUTE, number: '96110', label: '反诈咨询专线', outcome: 'dialled' },
        { id: 'd', at: T0 + 25 * MINUTE, number: '110', label: '报警电话', outcome: 'dialled', answered: true, reference: 'A123' },
      ],
      steps: [{ variant: 'scammed', stepId: 'stop-paying', title: '立刻停止转账', at: T0 + 15 * MINUTE }],
      followUps: [{ id: 'r1', title: '给银行回电，确认冻结或挂失已生效', at: T0 + 50 * MINUTE }],
      startedAt: { scammed: T0 + 14 * MINUTE },
      now: T0 + 60 * MINUTE,
    })
    expect(text).toBe(
      [
        '报案材料',
        '整理时间：2026年11月22日 15:00（由本人用“被骗急救”小程序整理，请核对）',
        '',
        '报案人信息',
        '姓名：（请填写）',
        '身份证号：（请填写）',
        '联系电话：（请填写）',
        '',
        '一、基本情况',
        '事发时间：2026年11月22日 14:05',
        '情况：遭遇诈骗',
        '经过：我于 2026年11月22日 14:05被骗，先后向对方转账 2 笔，共 ¥3,200.50，转入对方账户 6222000012345678、6217000088889999。',
        '已记录证据 3 条，其中转账 2 笔（以转账记录为准）。',
        '',
        '二、经过（按时间先后）',
        '1. 2026年11月22日 14:00 【短信】对方：电话 13800138000。收到“航班取消”短信',
        '2. 2026年11月22日 14:05 【转账记录】金额 ¥1,200.50。对方：姓名/昵称 李客服，电话 13800138000，账号 6222000012345678，工商银行。对方自称航空公司客服，说航班取消要退款',
        '3. 2026年11月22日 14:10 【转账记录】金额 ¥2,000.00。对方：账号 6217000088889999，建设银行。又转了一笔“解冻费”',
        '4. 2026年11月22日 14:15 【处置】我已完成：立刻停止转账',
        '5. 2026年11月22日 14:20 【拨打记录】我拨打 96110（反诈咨询专线）。',
        '6. 2026年11月22日 14:25 【拨打记录】我拨打 110（报警电话），已接通，回执号/工单号 A123。',
        '7. 2026年11月22日 14:50 【跟进】我已完成：给银行回电，确认冻结或挂失已生效',
        '',
        '三、损失合计',
        '合计：¥3,200.50（已记下的 2 笔转账）',
        '1. 2026年11月22日 14:05 ¥1,200.50 → 6222000012345678，工商银行',
        '2. 2026年11月22日 14:10 ¥2,000.00 → 6217000088889999，建设银行',
        '还有没记下的转账，我会当面向民警补充。',
        '',
        '四、对方信息',
        '账号/卡号：6222000012345678；6217000088889999',
        '电话：13800138000',
        '银行/平台：工商银行；建设银行',
        '姓名/昵称：李客服',
        '',
        '五、证据清单',
        '1. 短信｜电子数据｜2026年11月22日 14:00｜照片 0 张',
        '2. 转账记录｜电子数据｜2026年11月22日 14:05｜照片 2 张',
        '3. 转账记录｜电子数据｜2026年11月22日 14:10｜照片 0 张',
        '',
        '照片和截图原件保存在本人手机中，可当面出示。请向接警民警索要受案回执。',
      ].join('\n'),
    )
  })

  it('marks what is missing instead of inventing it when there is no record yet', () => {
    const text = buildReportPack({ notes: [], calls: [], steps: [], followUps: [], startedAt: {}, now: T0 })
    expect(text).toContain('事发时间：（请填写）')
    expect(text).toContain('情况：（请填写）')
    expect(text).toContain('合计：¥0.00（已记下的 0 笔转账）')
    expect(text).toContain('账号/卡号：（无）')
  })

  it('never promises the money back', () => {
    const text = buildReportPack({ notes, calls: [], steps: [], followUps: [], startedAt: {}, now: T0 })
    expect(text).not.toMatch(/追回|退还|保证/)
  })

  it('has one 事发时间: the earlier of the stated transfer time and the first transfer note, until the user picks', () => {
    const base = { notes, calls: [], steps: [], followUps: [], startedAt: {}, now: T0 + 60 * MINUTE }
    // Stated 14:34, first transfer note 14:05: the pack says 14:05, and the screen is told they disagree.
    expect(buildReportPack({ ...base, moneyOutAt: T0 + 34 * MINUTE })).toContain('事发时间：2026年11月22日 14:05')
    expect(buildReportPack({ ...base, moneyOutAt: T0 + 34 * MINUTE }).match(/事发时间/g)).toHaveLength(1)
    const transfers = notes.filter((entry) => entry.type === 'transfer')
    expect(incidentTime(T0 + 34 * MINUTE, transfers)).toEqual({
      at: T0 + 5 * MINUTE,
      disagree: { stated: T0 + 34 * MINUTE, recorded: T0 + 5 * MINUTE },
    })
    expect(incidentTime(T0 + 3 * MINUTE, transfers)).toEqual({ at: T0 + 3 * MINUTE, disagree: undefined })
    expect(buildReportPack({ ...base, moneyOutAt: T0 + 34 * MINUTE, chosenIncidentAt: T0 + 34 * MINUTE })).toContain(
      '事发时间：2026年11月22日 14:34',
    )
  })

  it('carries 报案人信息 as typed, and speaks in the first person outside the quoted evidence', () => {
    const text = buildReportPack({
      notes: notes.map((entry) => ({ ...entry, text: '' })),
      calls: [{ id: 'd', at: T0, number: '110', label: '报警电话', outcome: 'dialled', answered: true }],
      steps: (['call-bank', 'first-aid', 'keep-evidence'] as const).map((stepId) => ({
        variant: 'scammed' as const,
        stepId,
        title: STEP_TITLES[stepId],
        at: T0,
      })),
      followUps: [],
      startedAt: {},
      reporter: { name: '王秀英', idNumber: '11010519491231002X', phone: '13912345678' },
      now: T0,
    })
    expect(text).toContain('报案人信息\n姓名：王秀英\n身份证号：11010519491231002X\n联系电话：13912345678')
    expect(text).not.toMatch(/你/)
  })
})

describe('report pack with a note that could not be read (W5)', () => {
  it('says the total may be short, next to the count and next to the total', () => {
    const text = buildReportPack({
      notes: [note({ id: 'a', amountFen: 100_000 })],
      calls: [],
      steps: [],
      followUps: [],
      startedAt: {},
      unreadNotes: 1,
      now: T0 + MINUTE,
    })
    const lines = text.split('\n')
    const warning = '有 1 条证据暂时读不出来，合计可能不全。请稍后重新打开报案材料再看。'
    expect(lines[lines.indexOf('合计：¥1,000.00（已记下的 1 笔转账）') + 1]).toBe(warning)
    expect(lines.filter((line) => line === warning)).toHaveLength(2)
  })
})

describe('report pack times (C2, C3)', () => {
  const base = { calls: [], steps: [], followUps: [], startedAt: {} }
  afterEach(() => jest.restoreAllMocks())

  it('C3: shows Beijing time, and says so, on a phone set to London', () => {
    // A phone on London's winter time reports a zero offset.
    jest.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(0)
    const text = buildReportPack({ ...base, notes: [note({ id: 'a', amountFen: 100 })], now: T0 + MINUTE })
    expect(text).toContain('整理时间：2026年11月22日 14:01')
    expect(text).toContain('本材料中的时间都是北京时间。')
    expect(text).toContain('1. 2026年11月22日 14:00 【转账记录】')
    expect(text).not.toContain('06:00')
  })

  it('C3: says nothing about zones on a phone on Beijing time', () => {
    expect(buildReportPack({ ...base, notes: [], now: T0 })).not.toContain('北京时间')
  })

  it('C2: marks a 事发时间 later than the 整理时间 for checking', () => {
    const text = buildReportPack({ ...base, notes: [], moneyOutAt: T0 + 60 * MINUTE, now: T0 })
    expect(text).toContain('事发时间：2026年11月22日 15:00（晚于整理时间，手机时间可能不准，请核对）')
  })
})
