/** Bank card and account numbers: kept as typed, shown as digits only, masked in lists. */
import { stripInvisible } from './invisible'
import { toHalfWidth } from './text'

/** Plain characters only: full-width forms to their plain ones (NFKC), and nothing invisible. */
const plain = (input: string) => toHalfWidth(stripInvisible(input))

/** A card or account number, as opposed to an Alipay e-mail or a nickname: digits, spaces and hyphens. */
export function isNumericAccount(input: string): boolean {
  return /^[\d\s-]+$/.test(plain(input).trim()) && /\d/.test(input)
}

/** How an account is shown in full: 「6222 0000-1234 5678」 → 「6222000012345678」; other accounts as typed. */
export function displayAccount(input: string): string {
  const trimmed = plain(input).trim()
  return isNumericAccount(trimmed) ? trimmed.replace(/\D/g, '') : trimmed
}

/**
 * Shows only the last 4 characters, for lists a stranger might glance at: 「**** 5678」.
 * Anything of 4 characters or fewer shows as 「****」.
 */
export function maskAccount(input: string): string {
  const shown = displayAccount(input)
  if (shown.length <= 4) return '****'
  return `**** ${shown.slice(-4)}`
}

export type AccountCheck = { ok: true; account: string } | { ok: false; message: string }

/** The longest account or card number we accept, spaces included: card numbers are at most 19 digits. */
export const MAX_ACCOUNT_LENGTH = 40

/**
 * Checks a bank card or account number: digits, spaces and hyphens, with at least 6 digits.
 * An e-mail address (an Alipay account) is accepted as written. Letters that look like digits
 * (O, l, I) get a message that says so, rather than being read as numbers.
 */
export function checkAccount(input: string): AccountCheck {
  const text = plain(input).trim()
  if (!text) return { ok: false, message: '请填写账号' }
  if (text.length > MAX_ACCOUNT_LENGTH) return { ok: false, message: `账号最多 ${MAX_ACCOUNT_LENGTH} 个字符，请检查是否多输了` }
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) return { ok: true, account: text }
  if (/\d/.test(text) && /[OoIl]/.test(text) && /^[\dOoIl\s-]+$/.test(text)) {
    return { ok: false, message: '账号里有字母 O 或 l，应该是数字 0 或 1 吗？请检查' }
  }
  if (!/^[\d\s-]+$/.test(text))
    return { ok: false, message: '账号只能填数字、空格和横线，支付宝账号可以填邮箱。收款人的名字请填在「对方姓名或昵称」里' }
  if (text.replace(/\D/g, '').length < 6) return { ok: false, message: '账号至少要有 6 位数字' }
  return { ok: true, account: text }
}
