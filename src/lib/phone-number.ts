import { stripInvisible } from './invisible'
import { toHalfWidth } from './text'

export type PhoneParse = { ok: true; phone: string; abroad: boolean } | { ok: false; message: string }

/** A mainland mobile number: 11 digits starting with 1 and a second digit of 3–9. */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/

/**
 * Normalises a phone number someone typed or pasted: 「+86 138-0013-8000」 and 「86 13800138000」 →
 * 「13800138000」; 「０１０－１２３４５６７８」 → 「01012345678」; a landline from abroad
 * keeps its area code's 0: 「+86 10 8888 1234」 → 「01088881234」. A number with another country code
 * keeps it and is marked as from abroad: 「+1 555 123 4567」 → 「+15551234567」, never a
 * mainland-looking 「15551234567」. Letters are refused.
 */
export function normalisePhone(input: string): PhoneParse {
  const text = toHalfWidth(stripInvisible(input)).replace(/[\s\-()（）]/g, '')
  if (!text) return { ok: false, message: '请填写电话号码' }
  if (!/^(\+|00)?\d+$/.test(text)) return { ok: false, message: '电话号码只能有数字、空格、横线和 +86' }
  const international = /^(\+|00)(\d+)$/.exec(text)
  if (international) {
    const digits = international[2]
    if (digits.startsWith('86')) return checkLength(withTrunkZero(digits.slice(2)), false)
    return checkLength(`+${digits}`, true)
  }
  // 「86 13800138000」, 「86 10 8888 1234」: a country code typed without the plus. Nothing dialled
  // inside China is 11 to 13 digits starting with 86 (mobiles start with 1, area codes with 0).
  if (text.length >= 11 && text.length <= 13 && text.startsWith('86')) return checkLength(withTrunkZero(text.slice(2)), false)
  return checkLength(text, false)
}

/**
 * From abroad a landline drops the 0 of its area code (+86 10 8888 1234); dialled inside China it
 * needs it back (010 8888 1234). Mobiles, 400/800 numbers and short service numbers have no 0.
 */
function withTrunkZero(national: string): string {
  if (national.startsWith('0') || MAINLAND_MOBILE.test(national) || /^[48]00/.test(national)) return national
  return national.length >= 9 && national.length <= 11 ? `0${national}` : national
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
