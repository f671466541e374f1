import { View } from '@tarojs/components'

export default function Tab() {
  return (
    <View id='tab-evidence' className='button'>
      evidence
    </View>
  )
}
