/**
 * The browser version of ./privacy: no WeChat consent flow exists here, so there is never a pending
 * request and no contract to open.
 */
import type { PrivacyRequest } from './privacy'

export type { PrivacyDecision, PrivacyRequest } from './privacy'

type Listener = (request: PrivacyRequest | null) => void

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

export function installPrivacyHandler(): void {}

export function subscribePrivacyRequests(listener: Listener): () => void {
  listener(null)
  return () => undefined
}

export function openPrivacyContract(): void {}

export const HAS_PRIVACY_CONTRACT: boolean = false
