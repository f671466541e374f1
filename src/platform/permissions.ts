import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { classifyError, failure, success, type PlatformResult } from './result'

/** Opens the mini-program's permission settings, so a refused permission (calendar, album) can be allowed. */
export async function openPermissionSettings(): Promise<PlatformResult> {
  if (!isWeapp) return failure('unsupported', 'no permission settings in the browser')
  try {
    await Taro.openSetting()
    return success()
  } catch (error) {
    return classifyError(error)
  }
}
