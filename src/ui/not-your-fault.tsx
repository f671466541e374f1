import { View } from '@tarojs/components'
import { NOT_YOUR_FAULT } from '@/content/support'
import { ROUTES } from '@/lib/routes'
import { navigate } from '@/services/navigate'
import './not-your-fault.scss'

/** One quiet line for the person, not the case, with the way to the support page. */
export function NotYourFault() {
  return (
    <View
      id='not-your-fault'
      className='bj-not-your-fault'
      hoverClass='is-pressed'
      role='link'
      aria-label={`${NOT_YOUR_FAULT} 接下来会怎样、怎么跟家人说`}
      onClick={() => void navigate(ROUTES.support)}
    >
      <View>{NOT_YOUR_FAULT}</View>
      <View className='bj-not-your-fault__more'>接下来会怎样、怎么跟家人说 ›</View>
    </View>
  )
}
