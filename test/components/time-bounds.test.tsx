// C1, C2 of issue 23: a time picker for something that already happened cannot go past now.
import { fireEvent, render } from '@testing-library/react'
import { DateTimeField } from '@/ui/date-time-field'

const NOW = new Date('2026-11-22T14:05:00+08:00').getTime()

function pick(index: number, value: string) {
  const picker = document.querySelectorAll('taro-picker-core')[index] as HTMLElement
  fireEvent(picker, new CustomEvent('change', { detail: { value }, bubbles: true }))
}

describe('C1: bounded by now', () => {
  it('ends the time picker at now on today, and never hands back a later time', () => {
    const onChange = jest.fn()
    render(<DateTimeField idPrefix='t' value={NOW - 60 * 60_000} maxDate={NOW} onChange={onChange} />)
    expect(document.querySelectorAll('taro-picker-core')[1].getAttribute('end')).toBe('14:05')
    pick(1, '23:30')
    expect(onChange).toHaveBeenLastCalledWith(NOW)
    pick(1, '09:15')
    expect(onChange).toHaveBeenLastCalledWith(new Date('2026-11-22T09:15:00+08:00').getTime())
  })

  it('keeps the time no later than now when the date is moved to today', () => {
    const onChange = jest.fn()
    render(<DateTimeField idPrefix='t' value={new Date('2026-11-20T22:00:00+08:00').getTime()} maxDate={NOW} onChange={onChange} />)
    pick(0, '2026-11-22')
    expect(onChange).toHaveBeenLastCalledWith(NOW)
  })
})
