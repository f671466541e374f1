import { View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import { TapButton, type TapButtonTone } from '@/ui/tap-button'
import { makePhoneCall } from '@/platform/phone'
import { copyNumber } from '@/features/calls'
import { callableHotline, displayNumber } from '@/features/hotlines'

/**
 * A call to a line for the person, not the case (12356, 120): straight to the dialler and never
 * written to the call log, which goes into the report pack.
 */
export function PrivateCall({ hotlineId, tone = 'primary' }: { hotlineId: string; tone?: TapButtonTone }) {
  const hotline = callableHotline(HOTLINES, hotlineId)
  const shown = displayNumber(hotline)
  const call = async () => {
    const called = await makePhoneCall(hotline.dial)
    if (!called.ok && called.reason !== 'cancelled') await copyNumber({ number: hotline.dial, label: hotline.name, display: shown })
  }
  return (
    <TapButton
      id={`support-call-${hotline.dial}`}
      tone={tone}
      className='bj-support__call'
      label={`拨打${hotline.name} ${shown}`}
      onTap={() => call()}
    >
      <View>
        拨打 {shown}（{hotline.role ?? hotline.name}）
      </View>
    </TapButton>
  )
}
