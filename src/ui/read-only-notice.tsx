import { View } from '@tarojs/components'
import './read-only-notice.scss'

/** Shown above a part of the app that opened read-only, with the reason every disabled action has. */
export function ReadOnlyNotice({ reason }: { reason?: string }) {
  if (!reason) return null
  return (
    <View className='bj-read-only' role='status' id='read-only-notice'>
      {reason}
    </View>
  )
}
