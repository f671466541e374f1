import { View } from '@tarojs/components'

export default function Emergency() {
  return (
    <View id='emergency-ready' className='button'>
      现在就做这几步
    </View>
  )
}
