import type { PropsWithChildren } from 'react'
import { useDidShow, useLaunch } from '@tarojs/taro'
import { installPrivacyHandler } from './platform/privacy'
import { announceDueReminders, useDueNotices } from './features/reminders'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyHandler()
  })
  // Follow-ups due while the app is open get a notice at their time; reopening the app re-checks.
  useDueNotices()
  useDidShow(() => announceDueReminders())
  return children
}

export default App
