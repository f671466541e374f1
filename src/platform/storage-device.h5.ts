import Taro from '@tarojs/taro'
import { attempt, classifyError, success } from './result'
import type { StorageDevice } from './storage-device'

/** Characters held in localStorage, keys included: browsers count the quota in UTF-16 code units. */
function charsUsed(): number {
  return Object.keys(localStorage).reduce((sum, key) => sum + key.length + (localStorage.getItem(key)?.length ?? 0), 0)
}

const PROBE_KEY = 'bj.quota-probe'
let limitChars: number | undefined

/**
 * Measures how much this browser really lets the page keep, by finding the largest value it will
 * still store (then removing it). Browsers differ and report no figure, so this measures instead
 * of assuming 5 MB. Done once a session, after the screen that asks has shown.
 */
function measureLimit(): number {
  const fits = (chars: number) => {
    try {
      localStorage.setItem(PROBE_KEY, 'x'.repeat(chars))
      return true
    } catch {
      return false
    } finally {
      localStorage.removeItem(PROBE_KEY)
    }
  }
  let low = 0
  let high = 1024 * 1024
  while (fits(high) && high < 256 * 1024 * 1024) {
    low = high
    high *= 2
  }
  // Down to 4 KB: finer than the meter shows.
  while (high - low > 4096) {
    const middle = Math.floor((low + high) / 2)
    if (fits(middle)) low = middle
    else high = middle
  }
  return charsUsed() + PROBE_KEY.length + low
}

/**
 * The browser's storage, as Taro's H5 build keeps it: each value wrapped as {"data": …} in
 * localStorage. Reads go to localStorage directly: Taro reports a value it cannot parse as
 * "data not found", which would let a damaged record be overwritten instead of set aside.
 */
export const device: StorageDevice = {
  async read(key) {
    let raw: string | null
    try {
      raw = localStorage.getItem(key)
    } catch (error) {
      return { status: 'failed', message: classifyError(error).message }
    }
    if (raw === null) return { status: 'missing' }
    try {
      const wrapped = JSON.parse(raw) as { data?: unknown }
      if (wrapped && typeof wrapped === 'object' && 'data' in wrapped) {
        return wrapped.data === '' ? { status: 'missing' } : { status: 'found', value: wrapped.data }
      }
    } catch {
      // Not JSON at all: hand back the raw text so the caller can set it aside.
    }
    return { status: 'found', value: raw }
  },
  write: (key, value) => attempt(() => Taro.setStorage({ key, data: value })),
  remove: (key) => attempt(() => Taro.removeStorage({ key })),
  keys() {
    try {
      return Object.keys(localStorage).filter((key) => key !== PROBE_KEY)
    } catch {
      return []
    }
  },
  usage() {
    try {
      limitChars ??= measureLimit()
      // Two bytes a UTF-16 code unit, for a figure in the same unit as WeChat's.
      return success({ keys: this.keys(), usedKb: Math.ceil((charsUsed() * 2) / 1024), limitKb: Math.floor((limitChars * 2) / 1024) })
    } catch (error) {
      return classifyError(error)
    }
  },
}
