import { View } from '@tarojs/components'

export default function Tab() {
  return (
    <View id='tab-reminders' className='button'>
      reminders
    </View>
  )
}
