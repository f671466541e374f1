/** Amounts are integer fen (分) everywhere; this is the only place that reads or writes yuan. */
import { stripInvisible } from './invisible'
import { toHalfWidth } from './text'

export type AmountParse = { ok: true; fen: number } | { ok: false; message: string }

/** The largest amount we accept: ¥100,000,000.00. Anything bigger is a typo. */
const MAX_FEN = 10_000_000_000

/**
 * Reads an amount typed by a person: 「1200」「1,200.50」「¥1200」「1200元」, full-width digits too.
 * Refuses, with a message to show, anything it cannot read with certainty: 「1,2O0」 (a letter O),
 * 「1 2」, a negative amount, zero, or more than two decimals. An empty field is not an amount.
 */
export function parseAmount(input: string): AmountParse {
  // Spaces are allowed only around the yen sign and 元, never between digits: 「1 2」 is not 12.
  const text = toHalfWidth(stripInvisible(input))
    .trim()
    .replace(/^([¥￥]|RMB)\s+/i, '$1')
    .replace(/\s+(元|块|人民币)$/, '$1')
  if (!text) return { ok: false, message: '请填写金额' }
  if (/\s/.test(text)) return { ok: false, message: '金额中间不能有空格，例如 1200 或 1,200.50' }
  if (/^[-−]/.test(text) || /^[¥￥]?[-−]/.test(text)) return { ok: false, message: '金额不能是负数' }
  const bare = text.replace(/^[¥￥]|^RMB|元$|块$|人民币$/gi, '')
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(bare)) {
    return { ok: false, message: '金额只能填数字，例如 1200 或 1,200.50' }
  }
  const [whole, decimals = ''] = bare.replace(/,/g, '').split('.')
  if (decimals.length > 2) return { ok: false, message: '金额最多两位小数（到“分”）' }
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) return { ok: false, message: '金额太大了，请检查是否多输了数字' }
  if (fen === 0) return { ok: false, message: '金额要大于 0；没有转钱可以不填' }
  return { ok: true, fen }
}

/** 「¥1,200.50」 */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`
}

/** The amount as a person would type it back into the field: 「1200.5」 → 「1200.50」. */
export function fenToInput(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
}
