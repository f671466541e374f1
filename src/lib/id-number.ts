import { stripInvisible } from './invisible'
import { toHalfWidth } from './text'

export type IdNumberCheck = { ok: true; idNumber: string } | { ok: false; message: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/**
 * Checks a mainland resident ID number (the national standard for 公民身份号码): 18 characters, the last a check character
 * (0–9 or X) computed from the first 17 digits. Catches a mistyped digit before it goes into a letter.
 */
export function checkIdNumber(input: string): IdNumberCheck {
  const text = toHalfWidth(stripInvisible(input)).replace(/\s/g, '').toUpperCase()
  if (!/^\d{17}[\dX]$/.test(text)) return { ok: false, message: '身份证号是 18 位：17 位数字，最后一位是数字或 X' }
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(text[index]), 0)
  if (CHECK_CHARS[sum % 11] !== text[17]) return { ok: false, message: '身份证号的最后一位对不上，可能有一位输错了，请核对' }
  return { ok: true, idNumber: text }
}
