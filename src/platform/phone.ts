import Taro from '@tarojs/taro'
import { classifyError, success, type PlatformResult } from './result'

/** Opens the phone's dialler with the number filled in. The user still confirms the call there. */
export async function makePhoneCall(phoneNumber: string): Promise<PlatformResult> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}
