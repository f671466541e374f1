import { Input } from '@tarojs/components'
import './form.scss'

interface TextInputProps {
  id: string
  value: string
  /** Read by screen readers: the field's label. */
  label: string
  placeholder?: string
  type?: 'text' | 'digit'
  onChange: (value: string) => void
}

/**
 * A one-line text input. It never cuts what is typed (WeChat's default is 140 characters):
 * a value over a field's limit gets a message from the form's checks instead.
 */
export function TextInput({ id, value, label, placeholder, type = 'text', onChange }: TextInputProps) {
  return (
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
}
