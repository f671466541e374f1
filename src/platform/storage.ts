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

export async function readKey(key: string): Promise<StorageRead> {
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

export function storageUsage(): PlatformResult<StorageUsage> {
  try {
    const info = Taro.getStorageInfoSync()
    return success({ keys: info.keys, usedKb: info.currentSize, limitKb: info.limitSize })
  } catch (error) {
    return classifyError(error)
  }
}
