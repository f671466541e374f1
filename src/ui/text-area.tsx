import { Textarea, View } from '@tarojs/components'
import { offerHelpIfDistressed } from '@/services/distress-prompt'
import './form.scss'

interface TextAreaProps {
  id: string
  value: string
  label: string
  placeholder?: string
  /** The field's stated limit: shown as a counter that turns red past it. Nothing is cut. */
  limit?: number
  /** Taller for a long account of what happened, shorter for a note. */
  size?: 'tall' | 'short'
  /** Off for text that is not the user's own words, such as a pasted scam message. */
  watchForDistress?: boolean
  /**
   * On for the user's own notes, which should all stay in view. Off for a box that may receive a
   * whole pasted chat (the checker): it keeps its height and scrolls inside, so the buttons under it
   * stay where a thumb expects them.
   */
  grow?: boolean
  onChange: (value: string) => void
}

/**
 * A multi-line text field that never cuts what is typed and grows with it (auto-height on weapp
 * and H5), at the page's text size; past its limit the form's check says so.
 */
export function TextArea({
  id,
  value,
  label,
  placeholder,
  limit,
  size = 'tall',
  watchForDistress = true,
  grow = true,
  onChange,
}: TextAreaProps) {
  return (
    <>
      <Textarea
        id={id}
        className={`bj-field__textarea bj-field__textarea--${size}`}
        value={value}
        maxlength={-1}
        autoHeight={grow}
        placeholder={placeholder}
        aria-label={label}
        onInput={(event) => onChange(event.detail.value)}
        onBlur={watchForDistress ? (event) => void offerHelpIfDistressed(event.detail.value) : undefined}
      />
      {limit ? (
        <View className={`bj-field__counter${value.length > limit ? ' bj-field__counter--over' : ''}`}>
          {value.length} / {limit}
        </View>
      ) : null}
    </>
  )
}
