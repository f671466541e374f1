import Taro from '@tarojs/taro'

// WeChat asks the mini-program to show its own consent sheet the first time a privacy-protected
// API (clipboard, calendar, photos) is used. The pending call waits until the request is settled.

export type PrivacyDecision = 'agree' | 'disagree'

export interface PrivacyRequest {
  /** The id of the agree button; WeChat checks that this button was really tapped. */
  agreeButtonId: string
  settle: (decision: PrivacyDecision) => void
}

type Listener = (request: PrivacyRequest | null) => void

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

let pending: PrivacyRequest | null = null
const listeners = new Set<Listener>()

function publish(): void {
  listeners.forEach((listener) => listener(pending))
}

/** Registers with WeChat once, at app launch. Does nothing on a base library without the event. */
export function installPrivacyHandler(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    resolve({ event: 'exposureAuthorization' })
    pending = {
      agreeButtonId: PRIVACY_AGREE_BUTTON_ID,
      settle: (decision) => {
        if (decision === 'agree') resolve({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
        else resolve({ event: 'disagree' })
        pending = null
        publish()
      },
    }
    publish()
  })
}

/** Lets the consent sheet follow the pending request. Returns an unsubscribe function. */
export function subscribePrivacyRequests(listener: Listener): () => void {
  listeners.add(listener)
  listener(pending)
  return () => {
    listeners.delete(listener)
  }
}

/** Opens WeChat's page with the mini-program's privacy contract. */
export function openPrivacyContract(): void {
  if (typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({})
}

/** Whether WeChat's page with the privacy guide exists here. */
export const HAS_PRIVACY_CONTRACT: boolean = true
