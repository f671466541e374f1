import { WHEN_CHOICES, draftFromNote, draftFromParams, emptyDraft, noteFromDraft, totalLossFen } from '@/features/evidence/model'
import { MINUTE, T0, note } from './fixtures'

describe('noteFromDraft', () => {
  it('turns a complete draft into a note with fen, a normalised phone and trimmed fields', () => {
    const draft = {
      ...emptyDraft(T0),
      text: '  对方说航班取消  ',
      amount: '¥1,200.50',
      partyName: ' 李客服 ',
      partyPhone: '+86 138-0013-8000',
      partyAccount: '6222 0000 1234 5678',
      partyInstitution: '工商银行',
    }
    const result = noteFromDraft(draft, 'n1', T0 + MINUTE)
    expect(result).toEqual({
      ok: true,
      note: {
        id: 'n1',
        type: 'transfer',
        occurredAt: T0,
        text: '对方说航班取消',
        amountFen: 120050,
        party: { name: '李客服', phone: '13800138000', account: '6222 0000 1234 5678', institution: '工商银行' },
        photos: [],
        createdAt: T0 + MINUTE,
        updatedAt: T0 + MINUTE,
      },
    })
  })

  it('reports each bad field in words the user can act on', () => {
    const draft = { ...emptyDraft(T0), amount: '1,2O0', partyPhone: 'abc', text: 'x'.repeat(5001), occurredAt: T0 + 60 * MINUTE }
    const result = noteFromDraft(draft, 'n1', T0)
    expect(result).toEqual({
      ok: false,
      errors: {
        amount: '金额只能填数字，例如 1200 或 1,200.50',
        partyPhone: '电话号码只能有数字、空格、横线和 +86',
        text: '说明最多 5000 字，现在有 5001 字',
      },
    })
  })

  it.each([
    ['in the future', T0 + 60 * MINUTE, '这个时间比现在还晚，确定没有选错吗？'],
    ['before 2000', new Date('1999-06-01T10:00:00+08:00').getTime(), '这个日期在 2000 年以前，确定没有选错吗？'],
  ])('asks before saving a date %s, and saves it once confirmed', (_label, occurredAt, question) => {
    const draft = { ...emptyDraft(T0), text: '记录', occurredAt }
    expect(noteFromDraft(draft, 'n1', T0)).toEqual({ ok: false, errors: { occurredAt: question }, confirmDate: question })
    expect(noteFromDraft(draft, 'n1', T0, true)).toMatchObject({ ok: true, note: { occurredAt } })
  })

  it('reads an early but real date as a date, never as 「请选择发生的日期和时间」', () => {
    const draft = { ...emptyDraft(T0), text: '记录', occurredAt: new Date('1969-12-31T10:00:00+08:00').getTime() }
    expect(noteFromDraft(draft, 'n1', T0)).toMatchObject({ ok: false, confirmDate: '这个日期在 2000 年以前，确定没有选错吗？' })
  })

  it.each([
    ['6222 O000 1234 5678', '账号里有字母 O 或 l，应该是数字 0 或 1 吗？请检查'],
    ['-', '账号至少要有 6 位数字'],
    ['对方的卡', '账号只能填数字、空格和横线，支付宝账号可以填邮箱。收款人的名字请填在「对方姓名或昵称」里'],
    ['1234', '账号至少要有 6 位数字'],
  ])('refuses the account %p with a clear message', (partyAccount, message) => {
    expect(noteFromDraft({ ...emptyDraft(T0), partyAccount }, 'n1', T0)).toEqual({ ok: false, errors: { partyAccount: message } })
  })

  it('states the limit of a name instead of cutting it', () => {
    const partyName = '张'.repeat(51)
    expect(noteFromDraft({ ...emptyDraft(T0), partyName }, 'n1', T0)).toEqual({
      ok: false,
      errors: { partyName: '最多 50 个字，现在有 51 个' },
    })
  })

  it('stores text with half an emoji as well-formed text', () => {
    const result = noteFromDraft({ ...emptyDraft(T0), text: '对方说\ud83d' }, 'n1', T0)
    expect(result.ok && result.note.text).toBe('对方说\ufffd')
  })

  it('needs at least one thing written down', () => {
    expect(noteFromDraft(emptyDraft(T0), 'n1', T0)).toEqual({ ok: false, errors: { note: '至少写一点内容：说明、金额、对方信息或照片' } })
  })

  it('keeps the id and creation time when editing', () => {
    const saved = note({ id: 'n7', amountFen: 5000, createdAt: T0 - MINUTE, text: '原来的' })
    const result = noteFromDraft({ ...draftFromNote(saved), text: '改过的' }, 'other-id', T0)
    expect(result.ok && result.note).toMatchObject({ id: 'n7', createdAt: T0 - MINUTE, updatedAt: T0, text: '改过的', amountFen: 5000 })
  })

  it('round-trips a saved note through the editor unchanged', () => {
    const saved = note({
      id: 'n2',
      amountFen: 120050,
      text: '说明',
      party: { phone: '13800138000', account: '6222000012345678', name: '张', institution: '支付宝' },
    })
    const result = noteFromDraft(draftFromNote(saved), 'x', saved.updatedAt)
    expect(result).toEqual({ ok: true, note: saved })
  })
})

describe('totalLossFen', () => {
  it('adds up transfer amounts only', () => {
    const notes = [
      note({ id: 'a', amountFen: 120000 }),
      note({ id: 'b', amountFen: 30050 }),
      note({ id: 'c', type: 'chat', amountFen: 999999 }),
      note({ id: 'd' }),
    ]
    expect(totalLossFen(notes)).toBe(150050)
  })
})

describe('draftFromParams', () => {
  const NOW = Date.UTC(2026, 10, 27, 2)
  it('pre-fills an SMS, a call or a chat, and nothing else; the text is taken as handed, never URL-decoded', () => {
    expect(draftFromParams({ type: 'sms', text: '请转到安全账户 100%', at: String(NOW - 1000) }, NOW)).toMatchObject({
      cut: false,
      draft: { type: 'sms', text: '请转到安全账户 100%', occurredAt: NOW - 1000 },
    })
    expect(draftFromParams({ type: 'transfer', text: 'x' }, NOW)).toBeUndefined()
    expect(draftFromParams({}, NOW)).toBeUndefined()
    expect(draftFromParams({ type: 'sms', text: undefined }, NOW)?.draft.text).toBe('')
  })

  it('uses now for a time in the future or no time', () => {
    expect(draftFromParams({ type: 'call', text: '100%', at: String(NOW + 60_000) }, NOW)?.draft).toMatchObject({
      text: '100%',
      occurredAt: NOW,
    })
  })

  it('cuts text past the limit on a character boundary, and says it did', () => {
    const over = draftFromParams({ type: 'sms', text: `${'好'.repeat(4999)}😀尾` }, NOW)
    expect(over).toMatchObject({ cut: true, draft: { text: '好'.repeat(4999) } })
  })
})

describe('W3a: a saved note with more photos than the picker allows', () => {
  it('can still be edited and saved: the limit applies only to a new note', () => {
    const photos = Array.from({ length: 50 }, (_, index) => ({ path: `wxfile://usr/evidence-photos/p${index}.jpg`, addedAt: index + 1 }))
    const saved = noteFromDraft(
      { ...emptyDraft(1_700_000_000_000), text: '旧记录', photos, createdAt: 1_700_000_000_000 },
      'n1',
      1_700_000_100_000,
    )
    expect(saved.ok && saved.note.photos).toHaveLength(50)
    const fresh = noteFromDraft({ ...emptyDraft(1_700_000_000_000), photos }, 'n2', 1_700_000_100_000)
    expect(fresh.ok ? undefined : fresh.errors.photos).toBe('最多 9 张照片')
  })
})

describe('WHEN_CHOICES', () => {
  const at = (id: string, now: number) => WHEN_CHOICES.find((choice) => choice.id === id)?.at(now)

  it('gives every chip a time, so a chip that shows a time counts as chosen', () => {
    for (const choice of WHEN_CHOICES) expect(Number.isFinite(choice.at(T0))).toBe(true)
  })

  it('has 前几天 three days back, and 今天早些时候 never before midnight', () => {
    expect(WHEN_CHOICES.map((choice) => choice.label)).toContain('前几天')
    expect(at('days-ago', T0)).toBe(T0 - 3 * 24 * 60 * MINUTE)
    const justAfterMidnight = new Date(2026, 10, 22, 0, 30).getTime()
    expect(at('earlier-today', justAfterMidnight)).toBe(new Date(2026, 10, 22, 0, 0).getTime())
    expect(at('earlier-today', T0)).toBe(T0 - 120 * MINUTE)
  })
})
