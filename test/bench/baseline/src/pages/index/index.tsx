import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'

export default function Home() {
  return (
    <View>
      <View id='open-scammed' className='button' onClick={() => void Taro.navigateTo({ url: '/case/pages/emergency/index' })}>
        我被骗了
      </View>
      <View id='call-110' className='button' onClick={() => void Taro.makePhoneCall({ phoneNumber: '110' })}>
        110
      </View>
      <View id='call-96110' className='button' onClick={() => void Taro.makePhoneCall({ phoneNumber: '96110' })}>
        96110
      </View>
    </View>
  )
}
