import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { ScreenText } from '@/components/screen-text'
import { formatFen } from '@/lib/money'
import { formatDateTime } from '@/lib/time'
import { loadAllNotes, useEvidence } from '@/features/evidence'
import { callFacts, type CallFacts } from '../call-facts'
import './call-script.scss'

function useCallFacts(): CallFacts | undefined {
  const entries = useEvidence((state) => state.entries)
  const [facts, setFacts] = useState<CallFacts>()
  useEffect(() => {
    let cancelled = false
    // Read again whenever a note is saved or removed.
    void loadAllNotes().then((notes) => {
      if (!cancelled) setFacts(callFacts(notes))
    })
    return () => {
      cancelled = true
    }
  }, [entries])
  return facts
}

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
  const facts = useCallFacts()
  if (!facts) {
    return (
      <View className='bj-call-script bj-call-script--plain' id='call-script'>
        <ScreenText text='接通后说：被骗了多少钱、转到了哪个账户、什么时候转的' />
      </View>
    )
  }
  return (
    <View className='bj-call-script' id='call-script'>
      <View className='bj-call-script__intro'>接通后照着说：</View>
      <Fact id='call-script-amount' label='被骗了' value={facts.totalFen !== undefined ? `${formatFen(facts.totalFen)}（${facts.transfers} 笔）` : undefined} />
      <Fact id='call-script-account' label='转到了' value={facts.accounts.length ? facts.accounts.join('；') : undefined} />
      <Fact id='call-script-time' label='什么时候' value={facts.firstAt !== undefined ? formatDateTime(facts.firstAt) : undefined} />
    </View>
  )
}
