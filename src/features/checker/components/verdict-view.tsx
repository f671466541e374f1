import { View } from '@tarojs/components'
import { navigate } from '@/components/navigate'
import { ROUTES } from '@/lib/routes'
import { HotlineCall } from '@/features/hotlines'
import { SCAM_WARNINGS } from '@/content/scam-warnings'
import type { CheckResult, Verdict } from '../model'
import type { NumberVerdict } from '../numbers'
import { TapButton } from '@/components/tap-button'

const HEADLINES: Record<Verdict, { title: string; line: string }> = {
  scam: { title: '很可能是诈骗', line: '请马上挂断，不要转账，不要点链接，不要给验证码。' },
  suspicious: { title: '有可疑之处', line: '先别照对方说的做。自己查官方电话核实。' },
  clear: { title: '没发现明显的诈骗信号', line: '这不代表一定安全，仍请用官方电话核实。' },
}

/** What a number turned out to be, in one line for the user. */
function numberLine(verdict: NumberVerdict): string {
  switch (verdict.kind) {
    case 'verified':
      return `${verdict.written}：是${verdict.hotline.name}公布的电话。`
    case 'emergency':
      return `${verdict.written}：是${verdict.hotline.name}${verdict.hotline.role ? `（${verdict.hotline.role}）` : ''}。`
    case 'lookalike':
      return `${verdict.written}：像${verdict.of.name}的 ${verdict.of.dial}，但不是，是冒充的。`
    case 'abroad':
      return `${verdict.written}：境外号码。`
    case 'mobile-claiming':
      return `${verdict.written}：手机号或 400 号码，不是官方客服电话。`
    case 'unknown':
      return `${verdict.written}：没法核实。请不要回拨，自己查官方电话打过去。`
  }
}

interface VerdictViewProps {
  /** The text that was checked, with the tapped phrases. */
  checked: string
  caller: string
  /** Nothing was pasted: what was checked is what a caller said. */
  fromCall: boolean
  at: number
  result: CheckResult
}

/** The verdict, every reason with the user's words quoted, and what to do now. */
export function VerdictView({ checked, caller, fromCall, at, result }: VerdictViewProps) {
  const card = SCAM_WARNINGS.find((warning) => warning.id === result.type)
  const headline = HEADLINES[result.verdict]
  const reasons = result.flags.filter((flag) => flag.weight > 0)
  const notes = result.flags.filter((flag) => flag.weight <= 0)
  const saveAsEvidence = () => {
    const text = [caller ? `对方号码：${caller}` : '', checked].filter(Boolean).join('\n')
    void navigate(ROUTES.evidenceEdit, { type: fromCall ? 'call' : 'sms', text: text.slice(0, 1500), at: String(at) })
  }
  return (
    <View id='checker-verdict' className={`bj-verdict bj-verdict--${result.verdict}`} role='status'>
      <View className='bj-verdict__title'>{headline.title}</View>
      <View className='bj-verdict__line'>{headline.line}</View>
      {card && result.verdict !== 'clear' ? <View className='bj-verdict__line'>像是“{card.name}”一类的骗局。</View> : null}
      {result.cut ? <View className='bj-verdict__line'>内容太长，只检查了前面的部分。</View> : null}

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

      {result.numbers.length > 0 ? (
        <View id='checker-numbers'>
          <View className='bj-verdict__heading'>号码</View>
          {result.numbers.map((number, index) => (
            <View className='bj-verdict__why' key={index}>
              {numberLine(number)}
            </View>
          ))}
        </View>
      ) : null}

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
        <TapButton id='checker-paid' tone='danger' onTap={() => navigate(ROUTES.emergency, { variant: 'scammed' })}>
          我已经转钱了
        </TapButton>
        <TapButton id='checker-save' tone='plain' onTap={saveAsEvidence}>
          记为证据
        </TapButton>
        <TapButton id='checker-warn' tone='plain' onTap={() => navigate(ROUTES.warningCard, { type: card?.id ?? 'general' })}>
          提醒家人
        </TapButton>
      </View>
    </View>
  )
}
