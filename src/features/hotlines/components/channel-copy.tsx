import { View } from '@tarojs/components'
import { HOTLINE_ENTRIES } from '@/content/hotline-details'
import { TapButton } from '@/ui/tap-button'
import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import './channel-copy.scss'

/** Copies a website or account name, and says plainly what to do if copying is refused. */
export async function copyChannel(channel: string): Promise<void> {
  const copied = await copyText(channel)
  showToast(copied.ok ? '已复制' : `没能复制，请记下：${channel}`, copied.ok ? 'success' : 'none')
}

/** A website or account to report through (12321.cn), shown as text with a copy button, never as a link. */
export function ChannelCopy({ hotlineId }: { hotlineId: string }) {
  const hotline = HOTLINE_ENTRIES.find((entry) => entry.id === hotlineId)
  if (!hotline?.channel) return null
  const channel = hotline.channel
  return (
    <View className='bj-channel' id={`channel-${hotline.id}`}>
      <View className='bj-channel__text'>
        <View className='bj-channel__name'>{hotline.name}</View>
        <View className='bj-channel__address'>{channel}</View>
      </View>
      <TapButton
        tone='plain'
        className='bj-channel__copy'
        label={`复制${hotline.name}的网址 ${channel}`}
        onTap={() => copyChannel(channel)}
      >
        复制网址
      </TapButton>
    </View>
  )
}
