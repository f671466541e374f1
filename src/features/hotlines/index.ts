// The verified hotline directory: a building block one floor down. Imports no feature but calls.
export { ChannelCopy } from './components/channel-copy'
export { EmergencyCalls } from './components/emergency-calls'
export { HotlineCall } from './components/hotline-call'
export { HotlineDirectory } from './components/hotline-directory'
export { HotlineGrid } from './components/hotline-grid'
export {
  UNVERIFIED_NUMBER_LABEL,
  callableHotline,
  callableInGroups,
  displayNumber,
  isCallable,
  verifiedHotlineFor,
  type CallableHotline,
} from './model'
export { HotlineActionView, isHotlineAction } from './components/hotline-action'
export { RecoveryScamWarning } from './components/recovery-scam-warning'
