import { View } from '@tarojs/components'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { HotlineCall } from '@/features/hotlines'
import type { CheckResult, Verdict } from '../model'
import { TapButton } from '@/components/tap-button'

const HEADLINES: Record<Verdict, { title: string; line: string }> = {
  scam: { title: '很可能是诈骗', line: '请马上挂断，不要转账，不要点链接，不要给验证码。' },
  suspicious: { title: '有可疑之处', line: '先别照对方说的做。自己查官方电话核实。' },
  clear: { title: '没发现明显的诈骗信号', line: '这不代表一定安全，仍请用官方电话核实。' },
}

/** The warning card to offer for a scam type; unknown types get the general card. */
const CARD_TYPES = new Set(['flight', 'refund', 'credit', 'police', 'rebate', 'impersonation', 'investment', 'recovery'])

interface VerdictViewProps {
  /** The text that was checked, with the tapped phrases. */
  checked: string
  caller: string
  at: number
  result: CheckResult
}

/** The verdict, every reason with the user's words quoted, and what to do now. */
export function VerdictView({ checked, caller, at, result }: VerdictViewProps) {
  const headline = HEADLINES[result.verdict]
  const reasons = result.flags.filter((flag) => flag.weight > 0)
  const notes = result.flags.filter((flag) => flag.weight <= 0)
  const saveAsEvidence = () => {
    const text = [caller ? `对方号码：${caller}` : '', checked].filter(Boolean).join('\n')
    void navigate(ROUTES.evidenceEdit, { type: caller && !checked ? 'call' : 'sms', text: text.slice(0, 1500), at: String(at) })
  }
  return (
    <View id='checker-verdict' className={`bj-verdict bj-verdict--${result.verdict}`} role='status'>
      <View className='bj-verdict__title'>{headline.title}</View>
      <View className='bj-verdict__line'>{headline.line}</View>
      {result.cut ? <View className='bj-checker__note'>内容太长，只检查了前面的部分。</View> : null}

      {reasons.length > 0 ? (
        <View className='bj-verdict__reasons'>
          <View className='bj-verdict__heading'>发现 {reasons.length} 处可疑</View>
          {reasons.map((flag) => (
            <View className='bj-verdict__reason' key={flag.id} id={`flag-${flag.id}`}>
              <View className='bj-verdict__quote'>“{flag.quote}”</View>
              <View className='bj-verdict__why'>{flag.why}</View>
            </View>
          ))}
        </View>
      ) : null}
      {notes.map((flag) => (
        <View className='bj-verdict__why' key={flag.id} id={`flag-${flag.id}`}>
          “{flag.quote}”：{flag.why}
        </View>
      ))}

      <View className='bj-verdict__heading'>现在可以这样做</View>
      {result.brands.map((brand) => (
        <View key={brand.hotlineId} className='bj-verdict__call'>
          <View className='bj-verdict__why'>提到了{brand.names[0]}：只打它的官方电话核实。</View>
          <HotlineCall hotlineId={brand.hotlineId} size='line' tone='plain' />
        </View>
      ))}
      <HotlineCall hotlineId='anti-fraud-96110' size='line' tone='plain' text='拿不准？打 96110 咨询' />
      <HotlineCall hotlineId='police-110' size='line' tone='danger' text='已经转了钱：马上打 110 报警' />
      <View className='bj-verdict__actions'>
        <TapButton id='checker-paid' tone='danger' onTap={() => void navigate(ROUTES.emergency, { variant: 'scammed' })}>
          我已经转钱了
        </TapButton>
        <TapButton id='checker-save' tone='plain' onTap={saveAsEvidence}>
          记为证据
        </TapButton>
        <TapButton id='checker-warn' tone='plain' onTap={() => void navigate(ROUTES.warningCard, { type: result.type && CARD_TYPES.has(result.type) ? result.type : 'general' })}>
          提醒家人
        </TapButton>
      </View>
    </View>
  )
}
