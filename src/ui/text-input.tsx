import { Input, View } from '@tarojs/components'
import './form.scss'

interface TextInputProps {
  id: string
  value: string
  /** Read by screen readers: the field's label. */
  label: string
  placeholder?: string
  type?: 'text' | 'digit'
  /** The field's stated limit (the stored record's too): shown as a counter that turns red past it. */
  limit?: number
  onChange: (value: string) => void
}

/**
 * A one-line text input. It never cuts what is typed (WeChat's default is 140 characters):
 * a value over a field's limit gets a message from the form's checks instead.
 */
export function TextInput({ id, value, label, placeholder, type = 'text', limit, onChange }: TextInputProps) {
  const input = (
    <Input
      id={id}
      className='bj-field__input'
      type={type}
      maxlength={-1}
      value={value}
      placeholder={placeholder}
      aria-label={label}
      onInput={(event) => onChange(event.detail.value)}
    />
  )
  if (!limit) return input
  const length = [...value].length
  return (
    <>
      {input}
      <View className={`bj-field__counter${length > limit ? ' bj-field__counter--over' : ''}`}>
        {length} / {limit}
      </View>
    </>
  )
}
