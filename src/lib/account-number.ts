/** Bank card and account numbers: kept as typed, shown as digits only, masked in lists. */

function toHalfWidthDigits(input: string): string {
  return input.replace(/[\uFF10-\uFF19]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

/** A card or account number, as opposed to an Alipay e-mail or a nickname: digits, spaces and hyphens. */
export function isNumericAccount(input: string): boolean {
  return /^[\d\s-]+$/.test(toHalfWidthDigits(input).trim()) && /\d/.test(input)
}

/** How an account is shown in full: 「6222 0000-1234 5678」 → 「6222000012345678」; other accounts as typed. */
export function displayAccount(input: string): string {
  const trimmed = toHalfWidthDigits(input).trim()
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
