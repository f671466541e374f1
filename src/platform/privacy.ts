import Taro from '@tarojs/taro'
import { createStore } from 'zustand/vanilla'

// WeChat asks the mini-program to show its own consent sheet the first time a privacy-protected
// API (clipboard, calendar, photos) is used. The pending call waits until the request is settled.

export type PrivacyDecision = 'agree' | 'disagree'

export interface PrivacyRequest {
  /** The id of the agree button; WeChat checks that this button was really tapped. */
  agreeButtonId: string
  settle: (decision: PrivacyDecision) => void
}

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

/** The request WeChat is waiting on, if any; the consent sheet follows it. */
export const privacyRequests = createStore<{ pending: PrivacyRequest | null }>(() => ({ pending: null }))

/** Registers with WeChat once, at app launch. Does nothing on a base library without the event. */
export function installPrivacyHandler(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    resolve({ event: 'exposureAuthorization' })
    const pending: PrivacyRequest = {
      agreeButtonId: PRIVACY_AGREE_BUTTON_ID,
      settle: (decision) => {
        if (decision === 'agree') resolve({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
        else resolve({ event: 'disagree' })
        privacyRequests.setState({ pending: null })
      },
    }
    privacyRequests.setState({ pending })
  })
}

/** Opens WeChat's page with the mini-program's privacy contract. */
export function openPrivacyContract(): void {
  if (typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({})
}

/** Whether WeChat's page with the privacy guide exists here. */
export const HAS_PRIVACY_CONTRACT: boolean = true
