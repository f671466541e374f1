/**
 * The browser version of ./privacy: no WeChat consent flow exists here, so there is never a pending
 * request and no contract to open.
 */
import { createStore } from 'zustand/vanilla'
import type { PrivacyRequest } from './privacy'

export type { PrivacyDecision, PrivacyRequest } from './privacy'

export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

export function installPrivacyHandler(): void {}

/** Stays empty: nothing here ever asks. */
export const privacyRequests = createStore<{ pending: PrivacyRequest | null }>(() => ({ pending: null }))

export function openPrivacyContract(): void {}

export const HAS_PRIVACY_CONTRACT: boolean = false
