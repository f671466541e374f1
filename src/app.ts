import type { PropsWithChildren } from 'react'
import { useDidShow, useLaunch } from '@tarojs/taro'
import { installPrivacyHandler } from './platform/privacy'
import { retryPendingRemovals } from './platform/storage'
import { announceStoredDataReplaced } from './lib/data-events'
import { ROUTES } from './lib/routes'
import { sendUnknownPagesHome } from './platform/page-not-found'
import { announceDueReminders, useDueNotices } from './features/reminders'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyHandler()
    sendUnknownPagesHome(ROUTES.home, Object.values(ROUTES))
    // What an earlier 「删除」 could not remove, so deleted data does not come back; the stores then read again.
    void retryPendingRemovals().then((removed) => (removed > 0 ? announceStoredDataReplaced() : undefined))
  })
  // Follow-ups due while the app is open get a notice at their time; reopening the app re-checks.
  useDueNotices()
  useDidShow(() => announceDueReminders())
  return children
}

export default App
