import { HOTLINES } from '@/content/hotlines'
import { callFamilyLabel, checkFamilyContact, sendToFamilyLabel } from '@/features/family/model'

const OFFICIAL = HOTLINES.flatMap((hotline) => (hotline.dial ? [hotline.dial] : []))
const check = (relation: string, phone: string) => checkFamilyContact(relation, phone, OFFICIAL)

describe('the family contact', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['010-8888 6666', '01088886666'],
    ['+852 9123 4567', '+85291234567'],
  ])('normalises %s to %s', (typed, phone) => {
    expect(check('女儿', typed)).toEqual({ ok: true, contact: { relation: '女儿', phone } })
  })

  it.each(['110', '96110', '120', '119', '12356', '95583', '010-12321', '400-810-8866'])('refuses the official line %s', (typed) => {
    const checked = check('女儿', typed)
    expect(checked).toEqual({ ok: false, field: 'phone', message: expect.stringMatching(/官方电话|企业客服/) })
  })

  it.each([
    ['', '请填写电话号码'],
    ['abc', '电话号码只能有数字、空格、横线和 +86'],
    ['12345', '这不像家人的手机或座机号码，请检查'],
  ])('refuses %p with a message', (typed, message) => {
    expect(check('女儿', typed)).toEqual({ ok: false, field: 'phone', message })
  })

  it('falls back to 「家人」 when no relation is given', () => {
    const checked = check('   ', '13800138000')
    expect(checked.ok && callFamilyLabel(checked.contact)).toBe('打给家人')
    expect(checked.ok && sendToFamilyLabel(checked.contact)).toBe('发给家人')
  })

  it('names the buttons by the relation', () => {
    expect(callFamilyLabel({ relation: '女儿', phone: '13800138000' })).toBe('打给女儿')
    expect(sendToFamilyLabel({ relation: '女儿', phone: '13800138000' })).toBe('发给女儿')
  })

  it('keeps numbers out of the relation, and the relation short', () => {
    expect(check('138 0013 8000', '13800138000')).toEqual({ ok: false, field: 'relation', message: '称呼里不要写号码，号码填在下面' })
    expect(check('我最亲爱的小女儿阿珍珍', '13800138000')).toEqual({ ok: false, field: 'relation', message: '称呼最多 10 个字' })
  })
})
