import { draftFromNote, emptyDraft, noteFromDraft, totalLossFen } from '@/features/evidence/model'
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
        occurredAt: '发生时间不能晚于现在',
      },
    })
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
    const saved = note({ id: 'n2', amountFen: 120050, text: '说明', party: { phone: '13800138000', account: '6222', name: '张', institution: '支付宝' } })
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
