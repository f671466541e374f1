import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './form.scss'

interface FormFieldProps {
  label: string
  /** Shown in red under the field, as an alert. */
  error?: string
  /** A quiet line under the field. */
  hint?: string
  /** A warning that is not an error, e.g. 「不要填对方给你的号码」. */
  caution?: string
  cautionId?: string
  children: ReactNode
}

/** One field of a form: a card with its label, the control, and any hint, caution or error. */
export function FormField({ label, error, hint, caution, cautionId, children }: FormFieldProps) {
  return (
    <View className={`bj-field${error ? ' bj-field--error' : ''}`}>
      <View className='bj-field__label'>{label}</View>
      {children}
      {hint ? <View className='bj-field__hint'>{hint}</View> : null}
      {caution ? (
        <View id={cautionId} className='bj-field__caution'>
          {caution}
        </View>
      ) : null}
      {error ? (
        <View className='bj-field__error' role='alert'>
          {error}
        </View>
      ) : null}
    </View>
  )
}
