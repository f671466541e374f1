import { View } from '@tarojs/components'
import { HOTLINES } from '@/content/hotlines'
import { ScreenText } from '@/ui/screen-text'
import { formatFen } from '@/lib/money'
import { formatDateTime } from '@/lib/time'
import { usePlan } from '@/features/plan'
import { callFacts } from '../call-facts'
import { useAllNotes } from '../use-all-notes'
import './call-script.scss'

/** One line to read out: what it is, and the value large. */
function Fact({ id, label, value }: { id: string; label: string; value?: string }) {
  return (
    <View className='bj-call-script__fact' id={id}>
      <View className='bj-call-script__label'>{label}</View>
      <View className={`bj-call-script__value${value ? '' : ' bj-call-script__value--missing'}`}>
        <ScreenText text={value ?? '（还没记下）'} />
      </View>
    </View>
  )
}

/**
 * What to say once 110 answers. A stop-payment only works if the police get the receiving account at
 * once, so once a note holds them, the amount, the account and the time are shown large, to be read out.
 */
export function CallScript() {
  const facts = callFacts(useAllNotes())
  if (!facts) {
    return (
      <View className='bj-call-script bj-call-script--plain' id='police-script'>
        <ScreenText text='接通后说：被骗了多少钱、转到了哪个账户、什么时候转的' />
      </View>
    )
  }
  return (
    <View className='bj-call-script' id='police-script'>
      <View className='bj-call-script__intro'>接通后照着说：</View>
      <Fact
        id='police-script-amount'
        label='被骗了'
        value={facts.totalFen !== undefined ? `${formatFen(facts.totalFen)}（${facts.transfers} 笔）` : undefined}
      />
      <Fact id='police-script-account' label='转到了' value={facts.accounts.length ? facts.accounts.join('；') : undefined} />
      <Fact id='police-script-time' label='什么时候' value={facts.firstAt !== undefined ? formatDateTime(facts.firstAt) : undefined} />
    </View>
  )
}

/**
 * What to say once the bank or payment platform answers: which card (its last 4 digits, if the user
 * noted their own card in the letters) and when the money went out.
 */
export function BankCallScript() {
  const facts = callFacts(useAllNotes())
  const card = usePlan((state) => state.details.cardNumber)?.replace(/\D/g, '')
  return (
    <View className='bj-call-script' id='bank-call-script'>
      <View className='bj-call-script__intro'>接通后说：要挂失或冻结，被骗转账了</View>
      <Fact id='bank-script-card' label='我的卡号后 4 位' value={card && card.length >= 4 ? card.slice(-4) : undefined} />
      <Fact id='bank-script-time' label='什么时候转的' value={facts?.firstAt !== undefined ? formatDateTime(facts.firstAt) : undefined} />
      <Fact id='bank-script-amount' label='转了多少' value={facts?.totalFen !== undefined ? formatFen(facts.totalFen) : undefined} />
    </View>
  )
}

/** The script for a call just made, on the outcome sheet as the user comes back: 110, or a bank or payment platform. */
export function CallScriptFor({ number }: { number: string }) {
  if (number === '110') return <CallScript />
  const group = HOTLINES.find((hotline) => hotline.dial === number)?.group
  return group === 'bank' || group === 'payment' ? <BankCallScript /> : null
}
