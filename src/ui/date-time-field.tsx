import { Picker, View } from '@tarojs/components'
import { toDateValue, toTimeValue, withDate, withTime } from '@/lib/time'
import './date-time-field.scss'

interface DateTimeFieldProps {
  /** Prefix for the ids of the two pickers: `${idPrefix}-date`, `${idPrefix}-time`. */
  idPrefix: string
  value: number
  onChange: (at: number) => void
  /** The latest selectable moment, e.g. now for something that already happened: date and time are both bounded by it. */
  maxDate?: number
}

/**
 * A date picker and a time picker side by side, editing one epoch-ms value. With `maxDate`, a
 * time later than it cannot be picked: on its day the time picker ends there, and a date moved
 * to that day keeps the time no later than it.
 */
export function DateTimeField({ idPrefix, value, onChange, maxDate }: DateTimeFieldProps) {
  const bounded = (at: number) => (maxDate !== undefined && at > maxDate ? maxDate : at)
  const lastTime = maxDate !== undefined && toDateValue(value) === toDateValue(maxDate) ? toTimeValue(maxDate) : undefined
  return (
    <View className='bj-date-time'>
      <Picker
        className='bj-date-time__part'
        mode='date'
        value={toDateValue(value)}
        end={maxDate === undefined ? undefined : toDateValue(maxDate)}
        onChange={(event) => onChange(bounded(withDate(value, String(event.detail.value))))}
      >
        <View id={`${idPrefix}-date`} className='bj-date-time__value' role='button' aria-label='选择日期'>
          {toDateValue(value)}
        </View>
      </Picker>
      <Picker
        className='bj-date-time__part'
        mode='time'
        value={toTimeValue(value)}
        end={lastTime}
        onChange={(event) => onChange(bounded(withTime(value, String(event.detail.value))))}
      >
        <View id={`${idPrefix}-time`} className='bj-date-time__value' role='button' aria-label='选择时间'>
          {toTimeValue(value)}
        </View>
      </Picker>
    </View>
  )
}
