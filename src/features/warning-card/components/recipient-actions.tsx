import { Button, View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import type { ScamWarning } from '@/content/scam-warnings'
import { TapButton } from '@/components/tap-button'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import { SHARE_KIND, webShare } from '@/platform/images'
import { makePhoneCall } from '@/platform/phone'
import { callableHotline } from '@/features/hotlines'
import { cardText, shareInfo } from '../model'
import './warning-card.scss'

const ANTI_FRAUD = callableHotline(HOTLINES, 'anti-fraud-96110')

async function call96110(): Promise<void> {
  // Straight to the dialler: this page is for people who may not use the app, and keeps no record.
  const called = await makePhoneCall(ANTI_FRAUD.dial)
  if (!called.ok && called.reason !== 'cancelled') showToast(`没能拨出，请在拨号盘拨打 ${ANTI_FRAUD.dial}`)
}

async function forwardInBrowser(card: ScamWarning): Promise<void> {
  const shared = await webShare(shareInfo(card).title, cardText(card))
  if (shared.ok || shared.reason === 'cancelled') return
  const copied = await copyText(cardText(card))
  if (copied.ok) showToast('已复制', 'success')
  else showToast('没能复制，请截屏转发')
}

/** What someone who received the card can do: call 96110, pass it on, or get help themselves. */
export function RecipientActions({ card, singlePage }: { card: ScamWarning; singlePage: boolean }) {
  return (
    <View className='bj-card-actions'>
      <TapButton id='view-call-96110' tone='danger' className='bj-card-actions__item' label={`拨打${ANTI_FRAUD.name}（${ANTI_FRAUD.role ?? '咨询'}） ${ANTI_FRAUD.dial}`} onTap={() => void call96110()}>
        拨打 {ANTI_FRAUD.dial} 咨询
      </TapButton>
      {SHARE_KIND === 'wechat' ? (
        <Button id='view-forward' className='bj-card-actions__share' openType='share'>
          转发给家人
        </Button>
      ) : (
        <TapButton id='view-forward' tone='primary' className='bj-card-actions__item' onTap={() => void forwardInBrowser(card)}>
          转发给家人
        </TapButton>
      )}
      {singlePage ? (
        <View className='bj-muted'>在微信里搜索“被骗急救”小程序，可以一步一步处理被骗和信息泄露。</View>
      ) : (
        <TapButton id='view-me-too' tone='plain' className='bj-card-actions__item' onTap={() => void navigate(ROUTES.checker)}>
          我也遇到了
        </TapButton>
      )}
    </View>
  )
}
