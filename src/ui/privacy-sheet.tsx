import { useStore } from 'zustand'
import { Button, View } from '@tarojs/components'
import { openPrivacyContract, privacyRequests } from '@/platform/privacy'
import { TapButton } from './tap-button'
import './privacy-sheet.scss'

/**
 * WeChat's privacy consent, shown the first time a protected feature (such as copying a number)
 * is used. Agreeing must go through WeChat's own agreePrivacyAuthorization button.
 */
export function PrivacySheet() {
  const request = useStore(privacyRequests, (state) => state.pending)
  if (!request) return null
  return (
    <View className='bj-privacy' role='dialog' aria-modal='true' aria-label='隐私保护提示'>
      <View className='bj-privacy__panel'>
        <View className='bj-privacy__title'>使用前请确认</View>
        <View className='bj-privacy__text'>
          复制号码、添加日历、保存图片这些功能，需要你先同意《被骗急救隐私保护指引》。你的记录只存在这部手机上，不会上传。
        </View>
        <View className='bj-privacy__link' role='link' aria-label='查看《隐私保护指引》' onClick={openPrivacyContract}>
          查看《隐私保护指引》
        </View>
        <View className='bj-privacy__actions'>
          <TapButton tone='plain' className='bj-privacy__button' onTap={() => request.settle('disagree')}>
            不同意
          </TapButton>
          <Button
            id={request.agreeButtonId}
            className='bj-privacy__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => request.settle('agree')}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  )
}
