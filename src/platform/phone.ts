import Taro from '@tarojs/taro'
import { attempt, type PlatformResult } from './result'

/** Opens the phone's dialler with the number filled in. The user still confirms the call there. */
export function makePhoneCall(phoneNumber: string): Promise<PlatformResult> {
  return attempt(() => Taro.makePhoneCall({ phoneNumber }))
}
