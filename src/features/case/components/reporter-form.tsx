import { useState } from 'react'
import { View } from '@tarojs/components'
import { Chip } from '@/components/chip'
import { FormField } from '@/components/form-field'
import { TextInput } from '@/components/text-input'
import { checkIdNumber } from '@/lib/id-number'
import type { Reporter } from '../report-pack'

interface ReporterFormProps {
  value: Reporter
  /** Whether it is kept on this phone: off unless the user chose it before. */
  kept: boolean
  onChange: (reporter: Reporter) => void
  onKeep: (keep: boolean) => void
}

/**
 * 报案人信息, filled in on the spot: every police form asks for it. It goes into this pack only,
 * never into a share; it stays on the phone only if the user ticks 「记在这台手机上」.
 */
export function ReporterForm({ value, kept, onChange, onKeep }: ReporterFormProps) {
  const [touched, setTouched] = useState(false)
  const id = value.idNumber?.trim()
  const idCheck = touched && id ? checkIdNumber(id) : undefined
  const idError = idCheck && !idCheck.ok ? idCheck.message : undefined
  const update = (change: Reporter) => {
    setTouched(true)
    onChange({ ...value, ...change })
  }
  return (
    <View className='bj-card bj-report__reporter' id='reporter'>
      <View className='bj-section-title'>报案人信息（我自己）</View>
      <View className='bj-field__hint'>只写进这份材料，不会出现在任何分享里。</View>
      <FormField label='姓名'>
        <TextInput id='reporter-name' value={value.name ?? ''} label='报案人姓名' onChange={(name) => update({ name })} />
      </FormField>
      <FormField label='身份证号' error={idError}>
        <TextInput id='reporter-id' value={value.idNumber ?? ''} label='报案人身份证号' onChange={(idNumber) => update({ idNumber })} />
      </FormField>
      <FormField label='联系电话'>
        <TextInput id='reporter-phone' value={value.phone ?? ''} label='报案人联系电话' onChange={(phone) => update({ phone })} />
      </FormField>
      <Chip id='reporter-keep' role='checkbox' selected={kept} onTap={() => onKeep(!kept)}>
        {kept ? '✓ ' : ''}记在这台手机上，下次不用再填
      </Chip>
    </View>
  )
}
