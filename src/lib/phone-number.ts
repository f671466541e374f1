import { toHalfWidth } from './text'

export type PhoneParse = { ok: true; phone: string; abroad: boolean } | { ok: false; message: string }


/** A mainland mobile number: 11 digits starting with 1 and a second digit of 3–9. */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/**
 * Normalises a phone number someone typed or pasted: 「+86 138-0013-8000」 and 「86 13800138000」 →
 * 「13800138000」; 「０１０－１２３４５６７８」 → 「01012345678」. A number with another country code
 * keeps it and is marked as from abroad: 「+1 555 123 4567」 → 「+15551234567」, never a
 * mainland-looking 「15551234567」. Letters are refused.
 */
export function normalisePhone(input: string): PhoneParse {
  const text = toHalfWidth(input).replace(/[\s\-()（）]/g, '')
  if (!text) return { ok: false, message: '请填写电话号码' }
  if (!/^(\+|00)?\d+$/.test(text)) return { ok: false, message: '电话号码只能有数字、空格、横线和 +86' }
  const international = /^(\+|00)(\d+)$/.exec(text)
  if (international) {
    const digits = international[2]
    if (digits.startsWith('86')) return checkLength(digits.slice(2), false)
    return checkLength(`+${digits}`, true)
  }
  // 「86 13800138000」: a country code typed without the plus.
  if (text.length === 13 && text.startsWith('86') && MAINLAND_MOBILE.test(text.slice(2))) return checkLength(text.slice(2), false)
  return checkLength(text, false)
}

function checkLength(phone: string, abroad: boolean): PhoneParse {
  const digits = phone.replace(/^\+/, '')
  if (digits.length < 3 || digits.length > 15) return { ok: false, message: '电话号码的位数不对，请检查' }
  return { ok: true, phone, abroad }
}

/** How a normalised number is shown: a number from abroad says so. */
export function phoneLabel(phone: string): string {
  return phone.startsWith('+') ? `${phone}（境外号码）` : phone
}
