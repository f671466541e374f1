import { View } from '@tarojs/components'

export default function Tab() {
  return (
    <View id='tab-more' className='button'>
      more
    </View>
  )
}
