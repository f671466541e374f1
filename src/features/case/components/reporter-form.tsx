import { useState } from 'react'
import { View } from '@tarojs/components'
import { Chip } from '@/ui/chip'
import { FormField } from '@/ui/form-field'
import { TextInput } from '@/ui/text-input'
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
  // Folded to one line, so the pack itself stays near the top; it opens at a tap.
  const [open, setOpen] = useState(false)
  const filled = [value.name, value.idNumber, value.phone].filter((part) => part?.trim()).length
  const id = value.idNumber?.trim()
  const idCheck = touched && id ? checkIdNumber(id) : undefined
  const idError = idCheck && !idCheck.ok ? idCheck.message : undefined
  const update = (change: Reporter) => {
    setTouched(true)
    onChange({ ...value, ...change })
  }
  const toggle = (
    <View
      id='reporter-toggle'
      className='bj-report__reporter-toggle'
      role='button'
      aria-label={open ? '收起报案人信息' : '填写报案人信息'}
      aria-expanded={open ? 'true' : 'false'}
      onClick={() => setOpen(!open)}
    >
      报案人信息：{filled === 3 ? '已填好' : filled ? `填了 ${filled} 项` : '还没填'}（{open ? '收起' : '点这里填'}）
    </View>
  )
  if (!open) return toggle
  return (
    <View className='bj-report__reporter' id='reporter'>
      {toggle}
      <View className='bj-field__hint bj-report__reporter-hint'>姓名、身份证号、电话只写进这份材料，不会出现在任何分享里。</View>
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
