import Taro from '@tarojs/taro'
import { attempt, classifyError, success, type PlatformResult } from './result'
import type { StorageRead, StorageUsage } from './storage'

/** What ./storage needs from the device; the browser's is storage-device.h5.ts. */
export interface StorageDevice {
  read(key: string): Promise<StorageRead>
  write(key: string, value: unknown): Promise<PlatformResult>
  remove(key: string): Promise<PlatformResult>
  keys(): string[]
  usage(): PlatformResult<StorageUsage>
}

/** WeChat's `encrypt` option, which Taro's storage types do not declare. */
const ENCRYPTED: object = { encrypt: true }

/**
 * What encrypted storage really holds, in KB: about 7.1 MB, though getStorageInfo reports 10 MB. The
 * meter divides by this, so its 80% warning comes before saves start to fail, not after.
 */
const ENCRYPTED_LIMIT_KB = Math.floor(7.1 * 1024)

/**
 * WeChat's storage. Case data is written with `encrypt: true` (WeChat then allows about 0.7 MB
 * per key and 7.1 MB in all); reads and writes of one key must use the same setting.
 */
export const device: StorageDevice = {
  async read(key) {
    try {
      const result = await Taro.getStorage({ key, ...ENCRYPTED })
      // WeChat answers '' for a key that was never written.
      if (result.data === '' || result.data === undefined || result.data === null) return { status: 'missing' }
      return { status: 'found', value: result.data }
    } catch (error) {
      const failed = classifyError(error)
      if (/data not found|not found/i.test(failed.message)) return { status: 'missing' }
      return { status: 'failed', message: failed.message }
    }
  },
  write: (key, value) => attempt(() => Taro.setStorage({ key, data: value, ...ENCRYPTED })),
  remove: (key) => attempt(() => Taro.removeStorage({ key })),
  keys() {
    try {
      return Taro.getStorageInfoSync().keys
    } catch {
      return []
    }
  },
  usage() {
    try {
      const info = Taro.getStorageInfoSync()
      return success({ keys: info.keys, usedKb: info.currentSize, limitKb: Math.min(info.limitSize, ENCRYPTED_LIMIT_KB) })
    } catch (error) {
      return classifyError(error)
    }
  },
}
