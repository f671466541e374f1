import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { classifyError, failure, success, type PlatformResult } from './result'

/**
 * Key-value storage on the phone. Case data is written with `encrypt: true` on weapp
 * (WeChat then allows about 0.7 MB per key and 7.1 MB in all); H5 has no such option.
 * Reads and writes of one key must always use the same `encrypt` setting.
 */
const ENCRYPT = isWeapp

/** The result of reading a key: it may simply not be there yet. */
export type StorageRead = { status: 'found'; value: unknown } | { status: 'missing' } | { status: 'failed'; message: string }

function isMissingError(message: string): boolean {
  return /data not found|not found/i.test(message)
}

/**
 * Taro's H5 storage reports a value it cannot parse as "data not found", which would let a
 * corrupt record be silently overwritten. In the browser we read localStorage ourselves, so a
 * damaged record comes back as found and can be set aside.
 */
function readInBrowser(key: string): StorageRead {
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
}

export async function readKey(key: string): Promise<StorageRead> {
  if (!isWeapp) return readInBrowser(key)
  try {
    const result = await Taro.getStorage({ key, ...(ENCRYPT ? { encrypt: true } : {}) })
    // WeChat answers '' for a key that was never written.
    if (result.data === '' || result.data === undefined || result.data === null) return { status: 'missing' }
    return { status: 'found', value: result.data }
  } catch (error) {
    const failed = classifyError(error)
    if (isMissingError(failed.message)) return { status: 'missing' }
    return { status: 'failed', message: failed.message }
  }
}

/**
 * Keys the app must not overwrite, with the reason to show: a record from a newer version, or one
 * whose read failed, so what is stored there is unknown. Only 「删除全部数据」 (removeKey) clears one.
 */
const writeBlocks = new Map<string, string>()
type BlockListener = () => void
const blockListeners = new Set<BlockListener>()

export function blockWrites(key: string, reason: string): void {
  writeBlocks.set(key, reason)
  blockListeners.forEach((listener) => listener())
}

/** Why writing `key` is refused, or undefined when it may be written. */
export function writeBlockFor(key: string): string | undefined {
  return writeBlocks.get(key)
}

export function subscribeWriteBlocks(listener: BlockListener): () => void {
  blockListeners.add(listener)
  return () => {
    blockListeners.delete(listener)
  }
}

export async function writeKey(key: string, value: unknown): Promise<PlatformResult> {
  const blocked = writeBlocks.get(key)
  if (blocked) return failure('blocked', blocked)
  try {
    await Taro.setStorage({ key, data: value, ...(ENCRYPT ? { encrypt: true } : {}) })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

export async function removeKey(key: string): Promise<PlatformResult> {
  try {
    await Taro.removeStorage({ key })
    if (writeBlocks.delete(key)) blockListeners.forEach((listener) => listener())
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

export interface StorageUsage {
  keys: string[]
  usedKb: number
  limitKb: number
}

/** Characters held in localStorage, keys included: browsers count the quota in UTF-16 code units. */
function browserCharsUsed(): number {
  return Object.keys(localStorage).reduce((sum, key) => sum + key.length + (localStorage.getItem(key)?.length ?? 0), 0)
}

const PROBE_KEY = 'bj.quota-probe'
let browserLimitChars: number | undefined

/**
 * Measures how much this browser really lets the page keep, by finding the largest value it will
 * still store (then removing it). Browsers differ and report no figure, so this measures instead
 * of assuming 5 MB. Done once a session, when the settings page asks.
 */
function measureBrowserLimit(): number {
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
  return browserCharsUsed() + PROBE_KEY.length + low
}

function browserUsage(): StorageUsage {
  browserLimitChars ??= measureBrowserLimit()
  // Two bytes a UTF-16 code unit, for a figure in the same unit as WeChat's.
  return { keys: Object.keys(localStorage), usedKb: Math.ceil((browserCharsUsed() * 2) / 1024), limitKb: Math.floor((browserLimitChars * 2) / 1024) }
}

export function storageUsage(): PlatformResult<StorageUsage> {
  if (!isWeapp) {
    try {
      return success(browserUsage())
    } catch (error) {
      return classifyError(error)
    }
  }
  try {
    const info = Taro.getStorageInfoSync()
    return success({ keys: info.keys, usedKb: info.currentSize, limitKb: info.limitSize })
  } catch (error) {
    return classifyError(error)
  }
}

function allKeys(): string[] {
  try {
    return isWeapp ? Taro.getStorageInfoSync().keys : Object.keys(localStorage)
  } catch {
    return []
  }
}

/** Every key whose name starts with `prefix`, e.g. all evidence notes. */
export function listKeys(prefix: string): string[] {
  return allKeys().filter((key) => key.startsWith(prefix) && key !== PROBE_KEY)
}

/** Every key under `prefix` with its value exactly as stored, for 「导出原始数据」. Unreadable keys are skipped. */
export async function readAllRaw(prefix: string): Promise<Record<string, unknown>> {
  const values: Record<string, unknown> = {}
  for (const key of listKeys(prefix)) {
    const read = await readKey(key)
    if (read.status === 'found') values[key] = read.value
  }
  return values
}
