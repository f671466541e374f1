import { View } from '@tarojs/components'
import { Chip, ChipRow } from '@/ui/chip'
import { FormField } from '@/ui/form-field'
import { TextInput } from '@/ui/text-input'
import { MAX_SENDER_NOTE } from '../model'

/** Lines a sender often means, one tap each; they can type their own. */
const SUGGESTIONS = ['我刚被骗了，看到请打给我', '这种骗局我遇到了，大家小心']

interface SenderNoteFieldProps {
  /** undefined: no note (the default); '' and up: the note is on. */
  value?: string
  onChange: (note: string | undefined) => void
}

/**
 * The sender's optional one line, off by default, so a daughter can tell a warning from a call for
 * help. It is their own words, theirs to share; nothing else about them is added to the card.
 */
export function SenderNoteField({ value, onChange }: SenderNoteFieldProps) {
  const on = value !== undefined
  return (
    <View className='bj-sender-note-field'>
      <ChipRow label='附一句话'>
        <Chip id='card-note-toggle' role='checkbox' selected={on} onTap={() => onChange(on ? undefined : '')}>
          {on ? '✓ ' : ''}附一句自己的话
        </Chip>
      </ChipRow>
      {on ? (
        <FormField label='对家人说一句' hint={`可以不加。会和卡片一起发给家人，最多 ${MAX_SENDER_NOTE} 个字`}>
          <TextInput id='card-note' value={value} label='对家人说的一句话' placeholder='例如：看到请打给我' onChange={onChange} />
          <ChipRow label='常用的话'>
            {SUGGESTIONS.map((line, index) => (
              <Chip key={line} id={`card-note-suggestion-${index}`} role='button' onTap={() => onChange(line)}>
                {line}
              </Chip>
            ))}
          </ChipRow>
        </FormField>
      ) : null}
    </View>
  )
}

/** On the page a recipient opens: the sender's own line, first, when there is one. */
export function SenderNote({ note }: { note: string }) {
  if (!note) return null
  return (
    <View id='sender-note' className='bj-sender-note' role='note'>
      <View className='bj-sender-note__label'>发卡片的人说：</View>
      <View className='bj-sender-note__text'>“{note}”</View>
    </View>
  )
}
