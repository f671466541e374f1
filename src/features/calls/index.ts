// Dialling with its call log: a building block one floor down, used by many features. Imports no feature.
export { CallButton } from './components/call-button'
export { copyNumber, dial, type DialTarget } from './dial'
export type { CallOutcome, CallRecord } from './model'
export { logCall, recordOutcome, useCallLog } from './store'
export { CallOutcomeSheet } from './components/call-outcome-sheet'
