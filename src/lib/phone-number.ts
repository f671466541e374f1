export type PhoneParse = { ok: true; phone: string } | { ok: false; message: string }

/**
 * Normalises a phone number someone typed or pasted: 「+86 138-0013-8000」 → 「13800138000」.
 * Landlines (「010-12345678」) and short service numbers keep their digits. Letters are refused.
 */
export function normalisePhone(input: string): PhoneParse {
  const text = input
    .replace(/[\uFF10-\uFF19]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-()（）]/g, '')
  if (!text) return { ok: false, message: '请填写电话号码' }
  const withoutCountry = text.replace(/^(\+86|0086)/, '')
  if (!/^\+?\d+$/.test(withoutCountry)) return { ok: false, message: '电话号码只能有数字、空格、横线和 +86' }
  const digits = withoutCountry.replace(/^\+/, '')
  if (digits.length < 3 || digits.length > 15) return { ok: false, message: '电话号码的位数不对，请检查' }
  return { ok: true, phone: digits }
}
