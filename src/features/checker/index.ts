// 「这是不是诈骗？」: the message checker. Reads the hotline directory, nothing of the case.
export { CheckerScreen } from './components/checker-screen'
export { checkMessage, type CheckResult } from './model'
