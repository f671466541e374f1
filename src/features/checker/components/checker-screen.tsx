import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { CALLER_PHRASES } from '@/content/caller-phrases'
import { HOTLINES } from '@/content/hotlines'
import { Chip, ChipRow } from '@/ui/chip'
import { FormField } from '@/ui/form-field'
import { TapButton } from '@/ui/tap-button'
import { TextArea } from '@/ui/text-area'
import { TextInput } from '@/ui/text-input'
import { readClipboard } from '@/platform/clipboard'
import { scrollToElement } from '@/platform/scroll'
import { isCallable } from '@/features/hotlines'
import { checkMessage, MAX_CHECK_LENGTH, type CheckResult } from '../model'
import { VerdictView } from './verdict-view'
import './checker.scss'

const CALLABLE = HOTLINES.filter(isCallable)

/** What is checked: the pasted text and the tapped phrases of what a caller said. */
function inputText(text: string, phrases: string[]): string {
  const said = CALLER_PHRASES.filter((phrase) => phrases.includes(phrase.id)).map((phrase) => phrase.said)
  return [text.trim(), ...said].filter(Boolean).join('\n')
}

/**
 * The caller phrases, a warning card's own first. None is ticked: ticked for the user, three phrases
 * alone made 「检查」 say 很可能是诈骗 before they had said what they heard.
 */
function orderedPhrases(suggested: string[]) {
  return [
    ...CALLER_PHRASES.filter((phrase) => suggested.includes(phrase.id)),
    ...CALLER_PHRASES.filter((phrase) => !suggested.includes(phrase.id)),
  ]
}

/**
 * 「这是不是诈骗？」: paste a message or tap what a caller said, and get a verdict with every reason,
 * on the phone. Nothing is stored; leaving the page forgets the text.
 */
/** The pasted message, with a 粘贴 button that says what to do when the clipboard cannot be read. */
function MessageField({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const [pasteNote, setPasteNote] = useState('')
  const paste = async () => {
    const read = await readClipboard()
    if (read.ok && read.value.trim()) {
      setPasteNote('')
      return onChange(read.value)
    }
    // Said under the field, not in a toast: the way round it is something to read and do.
    if (read.ok) return setPasteNote('剪贴板是空的。先在短信或微信里长按消息，选“复制”。')
    setPasteNote(
      read.reason === 'denied'
        ? '没有得到剪贴板权限。可以长按上面的输入框，选“粘贴”。'
        : '这里读不了剪贴板。可以长按上面的输入框，选“粘贴”。',
    )
  }
  return (
    <FormField label='短信或聊天内容'>
      <View className='bj-checker__text'>
        <TextArea
          id='checker-text'
          value={text}
          label='短信或聊天内容'
          placeholder='长按这里粘贴'
          watchForDistress={false}
          grow={false}
          onChange={onChange}
        />
      </View>
      <TapButton id='checker-paste' tone='plain' className='bj-checker__paste' onTap={() => paste()}>
        粘贴
      </TapButton>
      {pasteNote ? (
        <View id='checker-paste-note' className='bj-field__caution' role='alert'>
          {pasteNote}
        </View>
      ) : null}
    </FormField>
  )
}

/** What the caller said, as phrases to tick; a shared card's phrases come first, none ticked. */
function PhraseChips({ suggested, chosen, onToggle }: { suggested: string[]; chosen: string[]; onToggle: (id: string) => void }) {
  return (
    <FormField label='对方在电话里说了什么（可多选）'>
      <ChipRow label='对方在电话里说了什么'>
        {orderedPhrases(suggested).map((phrase) => (
          <Chip
            key={phrase.id}
            id={`phrase-${phrase.id}`}
            role='checkbox'
            selected={chosen.includes(phrase.id)}
            onTap={() => onToggle(phrase.id)}
          >
            {phrase.label}
          </Chip>
        ))}
      </ChipRow>
    </FormField>
  )
}

export function CheckerScreen({ suggestedPhrases = [] }: { suggestedPhrases?: string[] }) {
  const [text, setText] = useState('')
  const [caller, setCaller] = useState('')
  const [phrases, setPhrases] = useState<string[]>([])
  const [result, setResult] = useState<{ checked: string; caller: string; fromCall: boolean; at: number; result: CheckResult } | null>(null)
  const [emptyAsked, setEmptyAsked] = useState(false)

  const check = () => {
    const checked = inputText(text, phrases)
    if (!checked && !caller.trim()) {
      setResult(null)
      return setEmptyAsked(true)
    }
    setEmptyAsked(false)
    setResult({ checked, caller: caller.trim(), fromCall: !text.trim(), at: Date.now(), result: checkMessage(checked, CALLABLE, caller) })
  }

  // The verdict appears below the fold on a phone: bring it into view once it is there.
  useEffect(() => {
    if (result) void scrollToElement('#checker-verdict')
  }, [result])

  const togglePhrase = (id: string) => setPhrases(phrases.includes(id) ? phrases.filter((phrase) => phrase !== id) : [...phrases, id])

  return (
    <View className='bj-checker'>
      <View className='bj-checker__intro'>把短信、聊天内容粘贴进来，或点选对方在电话里说了什么。只在这部手机上检查，不会发出去。</View>
      <MessageField text={text} onChange={setText} />
      {text.length > MAX_CHECK_LENGTH ? <View className='bj-checker__note'>内容很长，只检查前 {MAX_CHECK_LENGTH} 个字。</View> : null}
      <PhraseChips suggested={suggestedPhrases} chosen={phrases} onToggle={togglePhrase} />
      <FormField label='对方号码（选填）'>
        <TextInput id='checker-caller' value={caller} label='对方号码' type='text' placeholder='来电或短信的号码' onChange={setCaller} />
      </FormField>
      {/* Blue, not red: only 110 is emergency red. */}
      <TapButton id='checker-run' tone='primary' className='bj-checker__run' label='检查是不是诈骗' onTap={check}>
        检查
      </TapButton>
      {emptyAsked ? (
        <View id='checker-empty' className='bj-checker__note' role='alert'>
          先粘贴短信或聊天内容，或点选对方说了什么，再点“检查”。
        </View>
      ) : null}
      {result ? <VerdictView key={result.at} {...result} /> : null}
    </View>
  )
}
