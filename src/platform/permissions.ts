import Taro from '@tarojs/taro'
import { attempt, type PlatformResult } from './result'

/** Opens the mini-program's permission settings, so a refused permission (calendar, album) can be allowed. */
export async function openPermissionSettings(): Promise<PlatformResult> {
  return attempt(() => Taro.openSetting())
}
