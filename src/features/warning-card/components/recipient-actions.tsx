import { Button, View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import { RECIPIENT_FIRST_STEPS, RECIPIENT_TRUST_LINE, type ScamWarning } from '@/content/scam-warnings'
import { TapButton } from '@/ui/tap-button'
import { navigate } from '@/services/navigate'
import { ROUTES } from '@/lib/routes'
import { copyText } from '@/platform/clipboard'
import { showToast } from '@/platform/feedback'
import { SHARE_KIND, webShare } from '@/platform/images'
import { makePhoneCall } from '@/platform/phone'
import { callableHotline } from '@/features/hotlines'
import { cardText, shareInfo } from '../model'
import { NumberedLine } from './numbered-line'
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

/**
 * The top of the page a recipient opens, maybe with the scammer still on the line: what to do
 * now, in order, in large type, and what this page is. The sender is not named: the card carries
 * nothing about them, so 「打给发卡片的家人」 is words, not a button.
 */
export function RecipientFirstSteps() {
  return (
    <View id='recipient-first' className='bj-recipient-first' aria-label='现在就做'>
      <View className='bj-recipient-first__heading'>现在就做：</View>
      {RECIPIENT_FIRST_STEPS.map((step, index) => (
        <NumberedLine number={index + 1} className='bj-recipient-first__step' key={step}>
          {step}
        </NumberedLine>
      ))}
      <NumberedLine number={RECIPIENT_FIRST_STEPS.length + 1} className='bj-recipient-first__step'>
        <TapButton
          id='view-call-96110'
          tone='primary'
          label={`拨打${ANTI_FRAUD.name}（${ANTI_FRAUD.role ?? '咨询'}） ${ANTI_FRAUD.dial}`}
          onTap={() => call96110()}
        >
          拨打 {ANTI_FRAUD.dial} 咨询
        </TapButton>
      </NumberedLine>
      <View id='recipient-trust' className='bj-recipient-first__trust'>
        {RECIPIENT_TRUST_LINE}
      </View>
    </View>
  )
}

/** After the card: pass it on, or get help: check a call or message just received, or act on money already sent. */
export function RecipientActions({ card, singlePage }: { card: ScamWarning; singlePage: boolean }) {
  return (
    <View className='bj-card-actions'>
      {SHARE_KIND === 'wechat' ? (
        <Button id='view-forward' className='bj-card-actions__share' openType='share'>
          转发给家人
        </Button>
      ) : (
        <TapButton id='view-forward' tone='primary' className='bj-card-actions__item' onTap={() => forwardInBrowser(card)}>
          转发给家人
        </TapButton>
      )}
      {singlePage ? (
        <View className='bj-muted'>在微信里搜索“被骗急救”小程序，可以检查可疑电话和短信，一步一步处理被骗。</View>
      ) : (
        <>
          <TapButton
            id='view-just-got'
            tone='plain'
            className='bj-card-actions__item'
            onTap={() =>
              navigate(ROUTES.checker, card.callerPhraseIds.length > 0 ? { phrases: card.callerPhraseIds.join(',') } : undefined)
            }
          >
            我刚接到这样的电话或短信
          </TapButton>
          <TapButton
            id='view-paid'
            tone='plain'
            className='bj-card-actions__item'
            onTap={() => navigate(ROUTES.emergency, { variant: 'scammed' })}
          >
            我已经转了钱
          </TapButton>
        </>
      )}
    </View>
  )
}
