import { FOLLOW_UP_PRESETS } from '@/content/follow-ups'
import { HOUR, dayOfMonth, toDateValue, toTimeValue } from '@/lib/time'
import {
  MAX_PENDING,
  completeReminder,
  countdownLabel,
  dueReminders,
  nextOccurrence,
  pendingReminders,
  snoozeUntil,
  SNOOZE_OPTIONS,
  type Reminder,
} from '@/features/reminders/model'
import { reminderFromDraft, type ReminderDraft } from '@/features/reminders/draft'
import { presetDueAt, presetsFor, reminderFromPreset } from '@/features/reminders/presets'

// ISO text without an offset is local time, as the reminders are.
const at = (text: string) => new Date(text).getTime()
const NOW = at('2026-11-22T14:00:00')

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  const dueAt = overrides.dueAt ?? NOW + HOUR
  return {
    id: 'r1',
    target: 'bank',
    title: '回电银行',
    dueAt,
    repeat: 'none',
    anchorDay: dayOfMonth(dueAt),
    note: '',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  }
}

describe('next occurrence', () => {
  it.each([
    ['daily', '2026-11-22T09:30:00', '2026-11-23T09:30:00'],
    ['weekly', '2026-11-22T09:30:00', '2026-11-29T09:30:00'],
    ['monthly', '2026-11-22T09:30:00', '2026-12-22T09:30:00'],
  ] as const)('%s moves %s to %s', (repeat, from, to) => {
    expect(nextOccurrence(reminder({ repeat, dueAt: at(from) }))).toBe(at(to))
  })

  it('keeps a monthly reminder on the 31st, falling back to each month’s last day', () => {
    let current = reminder({ repeat: 'monthly', dueAt: at('2027-01-31T10:00:00'), anchorDay: 31 })
    const dates: string[] = []
    for (let i = 0; i < 4; i += 1) {
      const next = nextOccurrence(current) as number
      dates.push(`${toDateValue(next)} ${toTimeValue(next)}`)
      current = { ...current, dueAt: next }
    }
    expect(dates).toEqual(['2027-02-28 10:00', '2027-03-31 10:00', '2027-04-30 10:00', '2027-05-31 10:00'])
  })

  it('uses 29 February in a leap year for a reminder on the 29th or later', () => {
    const next = nextOccurrence(reminder({ repeat: 'monthly', dueAt: at('2028-01-30T08:00:00'), anchorDay: 30 })) as number
    expect(toDateValue(next)).toBe('2028-02-29')
  })

  it('stops after repeatUntil, and never repeats a one-off', () => {
    expect(
      nextOccurrence(reminder({ repeat: 'daily', dueAt: at('2026-11-22T09:00:00'), repeatUntil: at('2026-11-22T23:59:59') })),
    ).toBeUndefined()
    expect(nextOccurrence(reminder())).toBeUndefined()
  })
})

describe('completing and snoozing', () => {
  it('marks a one-off done', () => {
    expect(completeReminder(reminder(), NOW)).toMatchObject({ doneAt: NOW })
  })

  it('moves a repeating reminder to its first occurrence after now, skipping missed ones', () => {
    const daily = reminder({ repeat: 'daily', dueAt: at('2026-11-19T20:00:00') })
    const done = completeReminder(daily, NOW)
    expect(done.doneAt).toBeUndefined()
    expect(done.dueAt).toBe(at('2026-11-22T20:00:00'))
  })

  it('finishes a repeating reminder whose run has ended', () => {
    const daily = reminder({ repeat: 'daily', dueAt: at('2026-11-22T09:00:00'), repeatUntil: at('2026-11-22T12:00:00') })
    expect(completeReminder(daily, NOW).doneAt).toBe(NOW)
  })

  it('snoozes for an hour, or to tomorrow 09:00, each option labelled as it acts', () => {
    expect(snoozeUntil('hour', NOW)).toBe(NOW + HOUR)
    expect(snoozeUntil('tomorrow-morning', NOW)).toBe(at('2026-11-23T09:00:00'))
    expect(snoozeUntil('tomorrow-morning', at('2026-12-31T23:30:00'))).toBe(at('2027-01-01T09:00:00'))
    expect(SNOOZE_OPTIONS.map((option) => [option.kind, option.label])).toEqual([
      ['hour', '1 小时后再提醒'],
      ['tomorrow-morning', '明天上午 9:00'],
    ])
  })
})

describe('ordering and countdowns', () => {
  it('lists pending reminders soonest first, overdue ones on top, done ones out', () => {
    const list = [
      reminder({ id: 'later', dueAt: NOW + 5 * HOUR }),
      reminder({ id: 'overdue', dueAt: NOW - 2 * HOUR }),
      reminder({ id: 'done', dueAt: NOW - 3 * HOUR, doneAt: NOW }),
      reminder({ id: 'soon', dueAt: NOW + HOUR }),
    ]
    expect(pendingReminders(list).map((item) => item.id)).toEqual(['overdue', 'soon', 'later'])
    expect(dueReminders(list, NOW).map((item) => item.id)).toEqual(['overdue'])
  })

  it('says how long is left or how late it is, in Chinese', () => {
    expect(countdownLabel(NOW + 2 * HOUR, NOW)).toBe('还有 2 小时')
    expect(countdownLabel(NOW - 24 * HOUR, NOW)).toBe('已逾期 1 天')
    expect(countdownLabel(NOW + 5 * 60_000, NOW)).toBe('还有 5 分钟')
  })

  it('reads well within a minute of the time, either side', () => {
    expect(countdownLabel(NOW + 30_000, NOW)).toBe('马上到时间')
    expect(countdownLabel(NOW, NOW)).toBe('刚到时间')
    expect(countdownLabel(NOW - 59_000, NOW)).toBe('刚到时间')
    expect(countdownLabel(NOW - 60_000, NOW)).toBe('已逾期 1 分钟')
  })
})

describe('checking a draft', () => {
  const draft = (overrides: Partial<ReminderDraft> = {}): ReminderDraft => ({
    target: 'police',
    title: '',
    dueAt: NOW + HOUR,
    repeat: 'none',
    contactNumber: '',
    contactLabel: '',
    note: '',
    ...overrides,
  })

  it('gives a blank title a sensible one from the target', () => {
    const checked = reminderFromDraft(draft(), { id: 'x', now: NOW, pendingCount: 0 })
    expect(checked.ok && checked.reminder.title).toBe('问派出所案件进展')
  })

  it('refuses an empty target and an unreadable date', () => {
    expect(reminderFromDraft(draft({ target: undefined, dueAt: Number.NaN }), { id: 'x', now: NOW, pendingCount: 0 })).toEqual({
      ok: false,
      errors: { target: '请选择要跟进的对象', dueAt: '没看懂这个时间，请重新选择日期和时间' },
    })
  })

  it('asks before saving a time in the past, and saves it once confirmed', () => {
    const past = draft({ dueAt: NOW - HOUR })
    expect(reminderFromDraft(past, { id: 'x', now: NOW, pendingCount: 0 })).toMatchObject({ ok: false, confirm: 'past' })
    expect(reminderFromDraft(past, { id: 'x', now: NOW, pendingCount: 0, allowPast: true }).ok).toBe(true)
  })

  it(`refuses a new reminder past ${MAX_PENDING} pending, but still allows edits`, () => {
    expect(reminderFromDraft(draft(), { id: 'x', now: NOW, pendingCount: MAX_PENDING })).toMatchObject({
      ok: false,
      errors: { limit: expect.stringContaining('200') },
    })
    expect(reminderFromDraft(draft({ id: 'old' }), { id: 'x', now: NOW, pendingCount: MAX_PENDING }).ok).toBe(true)
  })

  it('normalises the contact number and refuses letters', () => {
    const ok = reminderFromDraft(draft({ contactNumber: '010-1234 5678' }), { id: 'x', now: NOW, pendingCount: 0 })
    expect(ok.ok && ok.reminder.contact).toEqual({ number: '01012345678', label: '派出所/公安' })
    expect(reminderFromDraft(draft({ contactNumber: 'call me' }), { id: 'x', now: NOW, pendingCount: 0 }).ok).toBe(false)
  })
})

describe('suggested follow-ups', () => {
  it('suggests the bank and police follow-ups after a scam', () => {
    const ids = presetsFor(['scammed']).map((preset) => preset.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'bank-confirm-freeze',
        'police-case-decision',
        'platform-written-answer',
        'yizhengtongcha-result',
        'credit-report-week',
        'credit-report-month',
        'account-review-daily',
      ]),
    )
  })

  it('leaves the bank-freeze and police follow-ups out after a leak with no loss', () => {
    const ids = presetsFor(['leaked']).map((preset) => preset.id)
    expect(ids).not.toContain('bank-confirm-freeze')
    expect(ids).not.toContain('police-case-decision')
    expect(ids).toContain('yizhengtongcha-result')
  })

  it('gives every suggestion a reason and a source', () => {
    for (const preset of FOLLOW_UP_PRESETS) {
      expect(preset.reason.length).toBeGreaterThan(5)
      expect(preset.source).toMatch(/shared\/facts\//)
    }
  })

  it('sets sensible default times: police after 3 days at 10:00, the 一证通查 result after 48 hours', () => {
    const police = FOLLOW_UP_PRESETS.find((preset) => preset.id === 'police-case-decision')!
    const sms = FOLLOW_UP_PRESETS.find((preset) => preset.id === 'yizhengtongcha-result')!
    expect(presetDueAt(police, NOW)).toBe(at('2026-11-25T10:00:00'))
    expect(presetDueAt(sms, NOW)).toBe(NOW + 48 * HOUR)
  })

  it('makes the account review repeat daily for a week', () => {
    const preset = FOLLOW_UP_PRESETS.find((item) => item.id === 'account-review-daily')!
    const made = reminderFromPreset(preset, undefined, 'r', NOW)
    expect(made).toMatchObject({ repeat: 'daily', presetId: 'account-review-daily', dueAt: at('2026-11-23T20:00:00') })
    expect(made.repeatUntil).toBe(at('2026-11-29T23:59:59.999'))
  })
})
