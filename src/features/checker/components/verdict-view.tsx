import { View } from '@tarojs/components'
import { navigate } from '@/services/navigate'
import { handOff } from '@/lib/hand-off'
import { ROUTES } from '@/lib/routes'
import { HotlineCall } from '@/features/hotlines'
import { SCAM_WARNINGS } from '@/content/scam-warnings'
import type { CheckResult, Flag, Verdict } from '../model'
import type { NumberVerdict } from '../numbers'
import { TapButton } from '@/ui/tap-button'

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
    case 'near':
      return `${verdict.written}：和${verdict.of.name}公布的号码相近，无法核实：挂断后自己拨${verdict.of.name}的官方号码。`
    case 'sender':
      return `${verdict.written}：是${verdict.sender.name}，不用回复。`
    case 'abroad':
      return `${verdict.written}：境外号码。`
    case 'mobile-claiming':
      return /^1/.test(verdict.number)
        ? `${verdict.written}：手机号。官方客服不会用手机号联系你。`
        : `${verdict.written}：无法核实。挂断后自己拨官方公布的号码。`
    case 'unknown':
      return `${verdict.written}：没法核实。请不要回拨，自己查官方电话打过去。`
  }
}

/** The line over the reasons: 「可疑」 only beside a verdict that says so. */
function reasonsHeading(verdict: Verdict, count: number): string {
  return verdict === 'clear' ? `仍请留意这 ${count} 处` : `发现 ${count} 处可疑`
}

/**
 * The reasons, each quote once with every reason it raised: 「提供卡号和密码」 is both a claimed bank
 * asking and a request for card details, and is shown as one place with two lines.
 */
function Reasons({ verdict, reasons }: { verdict: Verdict; reasons: Flag[] }) {
  const quotes = [...new Set(reasons.map((flag) => flag.quote))]
  return (
    <View className='bj-verdict__reasons'>
      <View className='bj-verdict__heading'>{reasonsHeading(verdict, quotes.length)}</View>
      {quotes.map((quote) => {
        const flags = reasons.filter((flag) => flag.quote === quote)
        return (
          <View className='bj-verdict__reason' key={quote}>
            <View className={`bj-verdict__quote${flags.some((flag) => flag.id === 'learned') ? ' bj-verdict__quote--learned' : ''}`}>
              “{quote}”
            </View>
            {flags.map((flag) => (
              <View className='bj-verdict__why' key={flag.id} id={`flag-${flag.id}`}>
                {flag.why}
              </View>
            ))}
          </View>
        )
      })}
    </View>
  )
}

/** The checked text with the caller's number, for 「记为证据」. */
function evidenceText(checked: string, caller: string): string {
  return [caller ? `对方号码：${caller}` : '', checked].filter(Boolean).join('\n')
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
  const notes = result.flags.filter((flag) => flag.weight <= 0 && flag.id !== 'learned-ordinary')
  // The text goes in memory, named by a token; the editor cuts it to its own limit and says so.
  const saveAsEvidence = () =>
    void navigate(ROUTES.evidenceEdit, { type: fromCall ? 'call' : 'sms', at: String(at), handoff: handOff(evidenceText(checked, caller)) })
  const impersonation = result.type === 'impersonation'
  return (
    <View id='checker-verdict' className={`bj-verdict bj-verdict--${result.verdict}`} role='status'>
      <View className='bj-verdict__title'>{headline.title}</View>
      <View className='bj-verdict__line'>{headline.line}</View>
      {card && result.verdict !== 'clear' ? <View className='bj-verdict__line'>像是“{card.name}”一类的骗局。</View> : null}
      {result.cut ? <View className='bj-verdict__line'>内容太长，只检查了前面的部分。</View> : null}

      {reasons.length > 0 ? <Reasons verdict={result.verdict} reasons={reasons} /> : null}
      {notes.map((flag) => (
        <View className='bj-verdict__why' key={flag.id} id={`flag-${flag.id}`}>
          {flag.quote ? `“${flag.quote}”：` : ''}
          {flag.why}
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
      {impersonation ? (
        <View id='checker-call-saved' className='bj-verdict__why'>
          先别转钱。用你手机里原来存的号码打给他本人（或当面问），核实是不是他；不要打对方给的新号码，也不要只在微信里问。
        </View>
      ) : null}
      {(impersonation ? [] : result.brands).map((brand) => (
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
