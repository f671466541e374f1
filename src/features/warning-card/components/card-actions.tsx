import { Button, View } from '@tarojs/components'
import type { ScamWarning } from '@/content/scam-warnings'
import { TapButton } from '@/ui/tap-button'
import { MoreWhenLarge } from '@/ui/more-when-large'
import { offerPermissionSettings } from '@/services/permission-prompt'
import { copyText } from '@/platform/clipboard'
import { showToast, tell } from '@/platform/feedback'
import { SHARE_KIND, canWebShare, saveImage, showShareImageMenu, webShare } from '@/platform/images'
import { cardText, shareInfo } from '../model'
import { renderCardImage } from '../image'
import './warning-card.scss'

/** WeChat has its own share button, album and image menu; the browser downloads and uses the Web Share API. */
const inWeChat = SHARE_KIND === 'wechat'

async function saveCardImage(card: ScamWarning): Promise<void> {
  const image = await renderCardImage(card, 'full')
  if (!image.ok) return showToast('图片没有生成，请再试一次，或用“复制文字”')
  const saved = await saveImage(image.value, `防骗提醒-${card.name}.png`)
  if (saved.ok) return showToast(inWeChat ? '已保存到相册' : '已下载图片', 'success')
  if (saved.reason === 'denied') {
    await offerPermissionSettings('没有相册权限', '保存图片需要允许“保存到相册”。可以在设置里打开后再保存。')
    return
  }
  if (saved.reason !== 'cancelled') showToast('没能保存图片，请再试一次')
}

async function sendImageInWeChat(card: ScamWarning): Promise<void> {
  const image = await renderCardImage(card, 'full')
  if (!image.ok) return showToast('图片没有生成，请再试一次')
  const shown = await showShareImageMenu(image.value)
  if (!shown.ok && shown.reason === 'unsupported') showToast('请先保存图片，再在聊天里发送')
}

async function copyCard(card: ScamWarning, note?: string): Promise<void> {
  const copied = await copyText(cardText(card, note))
  if (copied.ok) showToast('已复制', 'success')
  else showToast('没能复制，请再试一次')
}

async function shareInBrowser(card: ScamWarning, note?: string): Promise<void> {
  const image = await renderCardImage(card, 'full')
  const shared = await webShare(shareInfo(card, note).title, cardText(card, note), image.ok ? image.value : undefined)
  if (!shared.ok && shared.reason !== 'cancelled') await copyCard(card, note)
}

interface CardActionsProps {
  card: ScamWarning
  sendLabel?: string
  /** The sender's own line, if they added one: in the link and the text, never in the image. */
  note?: string
}

/**
 * Ways to pass the card on: a chat or group, Moments, an image, or plain text. `sendLabel` is
 * 「发给女儿」 when the user has a family contact: the label only, never in what is shared.
 */
export function CardActions({ card, sendLabel = '发给家人或群聊', note }: CardActionsProps) {
  const webShareAvailable = canWebShare()
  return (
    <View className='bj-card-actions'>
      {inWeChat ? (
        <Button id='card-share' className='bj-card-actions__share' openType='share'>
          {sendLabel}
        </Button>
      ) : null}
      {webShareAvailable ? (
        <TapButton id='card-web-share' tone='primary' className='bj-card-actions__item' onTap={() => shareInBrowser(card, note)}>
          {sendLabel}
        </TapButton>
      ) : null}
      <TapButton id='card-save-image' tone='plain' className='bj-card-actions__item' onTap={() => saveCardImage(card)}>
        {inWeChat ? '保存图片到相册' : '下载图片'}
      </TapButton>
      <MoreWhenLarge id='card-more'>
        {inWeChat ? (
          <>
            <TapButton
              tone='plain'
              className='bj-card-actions__item'
              onTap={() => tell('分享到朋友圈', '点屏幕右上角的“…”，再选“分享到朋友圈”。')}
            >
              分享到朋友圈
            </TapButton>
            <TapButton id='card-send-image' tone='plain' className='bj-card-actions__item' onTap={() => sendImageInWeChat(card)}>
              以图片发送
            </TapButton>
          </>
        ) : null}
        <TapButton id='card-copy-text' tone='plain' className='bj-card-actions__item' onTap={() => copyCard(card, note)}>
          复制文字
        </TapButton>
      </MoreWhenLarge>
      <View className='bj-muted'>卡片里只有防骗知识{note ? '和你写的那句话' : ''}，不含你的姓名、电话或任何记录。</View>
    </View>
  )
}
