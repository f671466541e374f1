import { useState } from 'react'
import { View } from '@tarojs/components'
import { EVIDENCE_TYPES } from '@/content/evidence-types'
import type { TimelineFilter } from '../timeline'

const FILTERS: { value: TimelineFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...EVIDENCE_TYPES.map((info) => ({ value: info.type, label: info.label })),
  { value: 'calls', label: '拨打记录' },
  { value: 'steps', label: '处置步骤' },
  { value: 'follow-ups', label: '跟进' },
]
/** The filters shown at once; the rest wait under 「其他类型」, so the row stays short enough to read. */
const FIRST_FILTERS: TimelineFilter[] = ['all', 'transfer', 'chat', 'call', 'calls', 'steps']

/** The 证据 tab's filter row: a few types at once, the rest one tap away. */
export function TimelineFilters({ filter, onChange }: { filter: TimelineFilter; onChange: (filter: TimelineFilter) => void }) {
  const [allFilters, setAllFilters] = useState(false)
  const shownFilters =
    allFilters || !FIRST_FILTERS.includes(filter) ? FILTERS : FILTERS.filter((option) => FIRST_FILTERS.includes(option.value))
  return (
    // One filter at a time: a radio group, the chosen one in aria-checked.
    <View className='bj-timeline__filters' role='radiogroup' aria-label='按类型筛选'>
      {shownFilters.map((option) => (
        <View
          key={option.value}
          id={`filter-${option.value}`}
          className={`bj-timeline__filter${filter === option.value ? ' bj-timeline__filter--active' : ''}`}
          role='radio'
          aria-label={option.label}
          aria-checked={filter === option.value ? 'true' : 'false'}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </View>
      ))}
      {shownFilters.length < FILTERS.length ? (
        <View id='filter-more' className='bj-timeline__filter' role='button' aria-label='显示其他筛选' onClick={() => setAllFilters(true)}>
          其他类型
        </View>
      ) : null}
    </View>
  )
}
