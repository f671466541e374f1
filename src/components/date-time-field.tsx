import { Picker, View } from '@tarojs/components'
import { toDateValue, toTimeValue, withDate, withTime } from '@/lib/time'
import './date-time-field.scss'

interface DateTimeFieldProps {
  /** Prefix for the ids of the two pickers: `${idPrefix}-date`, `${idPrefix}-time`. */
  idPrefix: string
  value: number
  onChange: (at: number) => void
  /** The latest selectable date, e.g. today for something that already happened. */
  maxDate?: number
}

/** A date picker and a time picker side by side, editing one epoch-ms value. */
export function DateTimeField({ idPrefix, value, onChange, maxDate }: DateTimeFieldProps) {
  return (
    <View className='bj-date-time'>
      <Picker
        className='bj-date-time__part'
        mode='date'
        value={toDateValue(value)}
        end={maxDate === undefined ? undefined : toDateValue(maxDate)}
        onChange={(event) => onChange(withDate(value, String(event.detail.value)))}
      >
        <View id={`${idPrefix}-date`} className='bj-date-time__value' role='button' aria-label='选择日期'>
          {toDateValue(value)}
        </View>
      </Picker>
      <Picker className='bj-date-time__part' mode='time' value={toTimeValue(value)} onChange={(event) => onChange(withTime(value, String(event.detail.value)))}>
        <View id={`${idPrefix}-time`} className='bj-date-time__value' role='button' aria-label='选择时间'>
          {toTimeValue(value)}
        </View>
      </Picker>
    </View>
  )
}
