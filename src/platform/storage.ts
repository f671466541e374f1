import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { classifyError, success, type PlatformResult } from './result'

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

export async function writeKey(key: string, value: unknown): Promise<PlatformResult> {
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

/** Browsers give an origin about 5 MB of localStorage; Taro's H5 build reports no figure. */
const BROWSER_LIMIT_KB = 5 * 1024

function browserUsage(): StorageUsage {
  const keys = Object.keys(localStorage)
  // localStorage counts UTF-16 code units, two bytes each.
  const bytes = keys.reduce((sum, key) => sum + (key.length + (localStorage.getItem(key)?.length ?? 0)) * 2, 0)
  return { keys, usedKb: Math.ceil(bytes / 1024), limitKb: BROWSER_LIMIT_KB }
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

/** Every key whose name starts with `prefix`, e.g. all evidence notes. */
export function listKeys(prefix: string): string[] {
  const usage = storageUsage()
  return usage.ok ? usage.value.keys.filter((key) => key.startsWith(prefix)) : []
}
