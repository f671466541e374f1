/**
 * @jest-environment jsdom
 */
// The built 提醒 tab: 「添加到手机日历」 reaches wx.addPhoneCalendar with seconds, an alarm and the title;
// its suggested follow-ups open as a page in the case subpackage.
const { bootWeapp } = require('./harness')

const DUE = Date.UTC(2026, 11, 1, 2, 0, 0)

const weapp = bootWeapp({
  seed(wx) {
    wx.setStorageSync('bj.reminders', {
      version: 1,
      state: {
        reminders: [
          {
            id: 'r1',
            target: 'police',
            title: '问派出所是否已经立案',
            dueAt: DUE,
            repeat: 'none',
            anchorDay: 1,
            note: '要受案回执编号',
            contact: { number: '110', label: '报警电话' },
            createdAt: DUE - 1,
            updatedAt: DUE - 1,
          },
          { id: 'broken', title: 42 },
        ],
        calendarAddedAt: {},
      },
    })
  },
})

describe('built reminders tab', () => {
  it('adds a reminder to the phone calendar with an alarm', async () => {
    const page = await weapp.openPage('pages/reminders/index')
    expect(page.dom.textContent).toContain('问派出所是否已经立案')
    expect(page.dom.textContent).toContain('打电话 · 报警电话 110')
    await weapp.tap(page, 'reminder-more-r1')
    await weapp.tap(page, 'reminder-calendar-r1')
    const [request] = weapp.callsTo('addPhoneCalendar')
    expect(request).toMatchObject({ title: '问派出所是否已经立案', startTime: DUE / 1000, alarm: true })
    expect(request.description).toContain('110')
  })

  it('set aside the damaged reminder and kept the good one', () => {
    const aside = [...weapp.wx.__store.keys()].find((key) => key.startsWith('bj.aside.bj.reminders.'))
    expect(JSON.parse(weapp.wx.__store.get(aside))).toEqual({
      setAsideFrom: 'bj.reminders',
      entries: [{ field: 'reminders', keyed: false, entries: [{ id: 'broken', title: 42 }] }],
    })
    expect(weapp.wx.getStorageSync('bj.reminders').state.reminders.map((reminder) => reminder.id)).toEqual(['r1'])
  })

  it('opens the suggested follow-ups from the tab, and adds one in a tap', async () => {
    const tab = await weapp.openPage('pages/reminders/index')
    await weapp.tap(tab, 'open-follow-ups')
    expect(weapp.callsTo('navigateTo')).toEqual([expect.objectContaining({ url: '/case/pages/follow-ups/index' })])
    const page = await weapp.openPage('case/pages/follow-ups/index')
    await weapp.tap(page, 'add-preset-credit-report-week')
    expect(page.dom.textContent).toMatch(/已添加：\d+月\d+日 \d\d:\d\d/)
    const stored = weapp.wx.getStorageSync('bj.reminders').state.reminders
    expect(stored).toContainEqual(
      expect.objectContaining({ presetId: 'credit-report-week', contact: { number: '4008108866', label: '人民银行征信中心' } }),
    )
  })
})
