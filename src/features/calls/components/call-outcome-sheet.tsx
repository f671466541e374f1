import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { FormField } from '@/ui/form-field'
import { TapButton } from '@/ui/tap-button'
import { TextArea } from '@/ui/text-area'
import { TextInput } from '@/ui/text-input'
import { reportIfNotSaved } from '@/services/save-feedback'
import { useSingleFlight } from '@/ui/use-single-flight'
import { dial } from '../dial'
import type { CallRecord } from '../model'
import { OUTCOME_NOTE_MAX, REFERENCE_MAX } from '../record'
import { recordOutcome, stopAsking, useCallLog } from '../store'
import './call-outcome-sheet.scss'

interface CallOutcomeSheetProps {
  /** What the page offers after 没打通: a reminder to try again in 10 minutes, from the reminders feature. */
  retryReminder?: (call: CallRecord) => ReactNode
  /** What to read out on this call, from the case's notes (the page passes it): on the sheet as the user comes back. */
  script?: (call: CallRecord) => ReactNode
}

/** The message for a field over its limit, or undefined. Nothing typed is cut: the user shortens it. */
function overLimit(value: string, limit: number, what: string): string | undefined {
  const length = [...value.trim()].length
  return length > limit ? `${what}最多 ${limit} 个字，现在有 ${length} 个，请删短一些` : undefined
}

function Answered({ call }: { call: CallRecord }) {
  const [reference, setReference] = useState('')
  const [note, setNote] = useState('')
  const [checked, setChecked] = useState(false)
  const errors = checked
    ? { reference: overLimit(reference, REFERENCE_MAX, '回执号'), note: overLimit(note, OUTCOME_NOTE_MAX, '这句话') }
    : {}
  const save = useSingleFlight(async () => {
    setChecked(true)
    if (overLimit(reference, REFERENCE_MAX, '') || overLimit(note, OUTCOME_NOTE_MAX, '')) return false
    const saved = reportIfNotSaved(
      await recordOutcome(call.id, { answered: true, reference: reference.trim() || undefined, note: note.trim() || undefined }),
    )
    if (saved) stopAsking()
    return saved
  })
  return (
    <>
      <FormField label='回执号或工单号（可不填）' hint='对方给了编号就记下，报案材料里会写上。' error={errors.reference}>
        <TextInput
          id='outcome-reference'
          value={reference}
          label='回执号或工单号'
          placeholder='例如 A123'
          limit={REFERENCE_MAX}
          onChange={setReference}
        />
      </FormField>
      <FormField label='一句话记下对方怎么说（可不填）' error={errors.note}>
        <TextArea
          id='outcome-note'
          size='short'
          value={note}
          label='对方怎么说'
          placeholder='例如：民警说会止付'
          limit={OUTCOME_NOTE_MAX}
          onChange={setNote}
        />
      </FormField>
      <TapButton id='outcome-save' tone='primary' onTap={save}>
        记下来
      </TapButton>
    </>
  )
}

function NotAnswered({ call, retryReminder }: { call: CallRecord; retryReminder?: CallOutcomeSheetProps['retryReminder'] }) {
  return (
    <>
      <TapButton
        id='outcome-retry'
        tone='danger'
        onTap={() => {
          stopAsking()
          void dial({ number: call.number, label: call.label })
        }}
      >
        再打一次 {call.number}
      </TapButton>
      {retryReminder ? <View className='bj-outcome__reminder'>{retryReminder(call)}</View> : null}
    </>
  )
}

/**
 * 「刚才的电话打通了吗？」, after any call made from the app. The answer is saved at once; 打通了 then
 * offers a receipt number and a note for the case; 没打通 offers to call again and a reminder.
 * Nothing is asked twice.
 */
export function CallOutcomeSheet({ retryReminder, script }: CallOutcomeSheetProps) {
  const call = useCallLog((state) => state.calls.find((entry) => entry.id === state.asking))
  const [answer, setAnswer] = useState<'answered' | 'not-answered'>()
  // Asked once: a call already answered (here or on another page) is not asked about again.
  if (!call || (answer === undefined && call.answered !== undefined)) return null
  // The answer is saved the moment it is given, so it counts even if the optional details are skipped.
  const answerWith = async (answered: boolean) => {
    if (reportIfNotSaved(await recordOutcome(call.id, { answered }))) setAnswer(answered ? 'answered' : 'not-answered')
  }
  const close = () => {
    setAnswer(undefined)
    stopAsking()
  }
  return (
    <View className='bj-outcome' role='dialog' aria-label='刚才的电话打通了吗' id='call-outcome'>
      <View className='bj-outcome__sheet'>
        <View className='bj-outcome__title'>刚才的电话打通了吗？</View>
        <View className='bj-muted'>
          {call.label} {call.number}
        </View>
        {script?.(call)}
        {answer === undefined ? (
          <View className='bj-outcome__choices'>
            <TapButton id='outcome-answered' tone='success' onTap={() => answerWith(true)}>
              打通了
            </TapButton>
            <TapButton id='outcome-not-answered' tone='plain' onTap={() => answerWith(false)}>
              没打通
            </TapButton>
            <TapButton id='outcome-later' tone='plain' onTap={close}>
              稍后再说
            </TapButton>
          </View>
        ) : answer === 'answered' ? (
          <Answered call={call} />
        ) : (
          <NotAnswered call={call} retryReminder={retryReminder} />
        )}
        {answer ? (
          <View id='outcome-close' className='bj-outcome__close' role='button' aria-label='关闭' onClick={close}>
            关闭
          </View>
        ) : null}
      </View>
    </View>
  )
}
