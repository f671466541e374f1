import fc from 'fast-check'
import { checkIdNumber } from '@/lib/id-number'
import { mergeDraft } from '@/lib/draft'
import { wellFormed } from '@/lib/text'
import { parseAmount } from '@/lib/money'
import { roomInWords, usageInWords } from '@/lib/quota'
import { checkLetterDetail } from '@/features/plan/letters'

describe('ID numbers', () => {
  it('accepts a number whose check character matches, with a lower-case x', () => {
    expect(checkIdNumber('11010519491231002x')).toEqual({ ok: true, idNumber: '11010519491231002X' })
  })

  it.each([
    ['110105194912310021', '身份证号的最后一位对不上，可能有一位输错了，请核对'],
    ['11010519491231002', '身份证号是 18 位：17 位数字，最后一位是数字或 X'],
    ['1101051949123100AX', '身份证号是 18 位：17 位数字，最后一位是数字或 X'],
  ])('refuses %p', (input, message) => {
    expect(checkIdNumber(input)).toEqual({ ok: false, message })
  })

  it('catches any single mistyped digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, shift) => {
        const valid = '11010519491231002X'
        const digit = (Number(valid[position]) + shift) % 10
        return !checkIdNumber(valid.slice(0, position) + digit + valid.slice(position + 1)).ok
      }),
    )
  })
})

describe('letter fields', () => {
  it('checks the ID number and the phone before they go into a letter', () => {
    expect(checkLetterDetail('ownerIdNumber', '110105194912310021')).toMatchObject({ ok: false })
    expect(checkLetterDetail('ownerPhone', '+86 138 0013 8000')).toEqual({ ok: true, value: '13800138000' })
    expect(checkLetterDetail('ownerPhone', '138OO138000')).toMatchObject({ ok: false })
    expect(checkLetterDetail('ownerName', '')).toEqual({ ok: true, value: '' })
    expect(checkLetterDetail('bankName', '银'.repeat(61))).toEqual({ ok: false, message: '最多 60 个字，现在有 61 个' })
  })
})

describe('amounts that are not what they seem', () => {
  it.each([['0'], ['0.00'], ['1 2'], ['1 200']])('refuses %p', (input) => {
    expect(parseAmount(input).ok).toBe(false)
  })

  it.each([
    ['¥ 1200', 120000],
    ['1200 元', 120000],
  ])('reads %p, with a space only beside the sign or 元', (input, fen) => {
    expect(parseAmount(input)).toEqual({ ok: true, fen })
  })
})

describe('drafts', () => {
  const initial = { title: '', target: undefined as string | undefined, payments: [] as string[] }

  it('restores fields of the same kind, and ignores the rest', () => {
    expect(mergeDraft(initial, { title: '回电', target: 'bank', payments: 'oops', extra: 1 })).toEqual({
      value: { title: '回电', target: 'bank', payments: [] },
      restored: true,
    })
  })

  it('never throws on a damaged draft', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const merged = mergeDraft(initial, stored)
        return typeof merged.value.title === 'string' && Array.isArray(merged.value.payments)
      }),
    )
  })
})

describe('text', () => {
  it('replaces lone surrogates and keeps whole emoji', () => {
    expect(wellFormed('a\ud83d\ude00b\ud83dc\ude00')).toBe('a\ud83d\ude00b\ufffdc\ufffd')
  })
})

describe('storage in words', () => {
  it.each([
    [3, 10240, '已用不到 1%', '还能存约 10.0 MB'],
    [4300, 10240, '已用约 41%', '还能存约 5.8 MB'],
    [10000, 10240, '已用约 97%', '还能存约 240 KB'],
    [10240, 10240, '已经满了', '还能存约 0 KB'],
  ])('says %i KB of %i KB as 「%s」', (used, limit, usage, room) => {
    expect(usageInWords(used, limit)).toBe(usage)
    expect(roomInWords(used, limit)).toBe(room)
  })
})
