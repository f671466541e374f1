import { useEffect, useMemo, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { EVIDENCE_TYPES } from '@/content/evidence-types'
import { TapButton } from '@/components/tap-button'
import { useCallLog } from '@/features/calls'
import { tickedSteps, useEmergency } from '@/features/emergency'
import { loadEvidence, loadNotes, useEvidence } from '@/features/evidence'
import { completedFollowUps, useReminders } from '@/features/reminders'
import { buildTimeline, TIMELINE_PAGE_SIZE, type TimelineFilter } from '../timeline'
import { TimelineRow } from './timeline-row'
import './case-timeline.scss'

const FILTERS: { value: TimelineFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...EVIDENCE_TYPES.map((info) => ({ value: info.type, label: info.label })),
  { value: 'calls', label: '拨打记录' },
  { value: 'steps', label: '处置步骤' },
  { value: 'follow-ups', label: '跟进' },
]
/** The filters shown at once; the rest wait under 「更多」, so the row stays short enough to read. */
const FIRST_FILTERS: TimelineFilter[] = ['all', 'transfer', 'chat', 'call', 'calls', 'steps']

/** The row of filters by kind: the first few, and the rest behind 「更多」 (shown at once if one of them is chosen). */
function TimelineFilters({ filter, onChoose }: { filter: TimelineFilter; onChoose: (filter: TimelineFilter) => void }) {
  const [allFilters, setAllFilters] = useState(false)
  const shownFilters = allFilters || !FIRST_FILTERS.includes(filter) ? FILTERS : FILTERS.filter((option) => FIRST_FILTERS.includes(option.value))
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
          onClick={() => onChoose(option.value)}
        >
          {option.label}
        </View>
      ))}
      {shownFilters.length < FILTERS.length ? (
        <View id='filter-more' className='bj-timeline__filter' role='button' aria-label='更多筛选' onClick={() => setAllFilters(true)}>
          更多
        </View>
      ) : null}
    </View>
  )
}

interface CaseTimelineProps {
  onAdd: () => void
  onOpenNote: (id: string) => void
  onBuildReport: () => void
}

/** The 证据 tab: the case as one timeline of notes, calls, ticked steps and follow-ups, newest first, a page at a time. */
export function CaseTimeline({ onAdd, onOpenNote, onBuildReport }: CaseTimelineProps) {
  const { entries, notes } = useEvidence()
  const calls = useCallLog((state) => state.calls)
  const sessions = useEmergency((state) => state.sessions)
  const reminders = useReminders((state) => state.reminders)
  const [filter, setFilter] = useState<TimelineFilter>('all')
  const [pages, setPages] = useState(1)

  const [firstPageReady, setFirstPageReady] = useState(false)
  useEffect(() => {
    // The index and the first page's notes together, so the first screen appears complete at once.
    void loadEvidence()
      .then(() => loadNotes(useEvidence.getState().entries.slice(0, TIMELINE_PAGE_SIZE).map(([id]) => id)))
      .then(() => setFirstPageReady(true))
  }, [])

  const timeline = useMemo(
    () => buildTimeline({ entries, calls, steps: tickedSteps(sessions), followUps: completedFollowUps(reminders) }, filter),
    [entries, calls, sessions, reminders, filter],
  )
  const visible = timeline.slice(0, pages * TIMELINE_PAGE_SIZE)
  const visibleNoteIds = visible.flatMap((item) => (item.kind === 'note' ? [item.id] : []))
  const idsKey = visibleNoteIds.join(',')
  // The next page loads as the end comes near; 「再看 N 条」 stays for those who do not scroll.
  const more = timeline.length > visible.length
  useReachBottom(() => {
    if (more) setPages((shown) => shown + 1)
  })

  useEffect(() => {
    // Read only the note bodies this screen shows.
    if (idsKey) void loadNotes(idsKey.split(','))
  }, [idsKey])

  return (
    <View className='bj-timeline'>
      <View className='bj-timeline__summary'>
        <View className='bj-timeline__count'>已记录证据 {entries.length} 条</View>
        <View className='bj-timeline__actions'>
          <TapButton id='evidence-add' tone='primary' className='bj-timeline__action' onTap={onAdd}>
            添加证据
          </TapButton>
          <TapButton id='evidence-report' tone='plain' className='bj-timeline__action' onTap={onBuildReport}>
            生成报案材料
          </TapButton>
        </View>
      </View>

      <TimelineFilters
        filter={filter}
        onChoose={(chosen) => {
          setFilter(chosen)
          setPages(1)
        }}
      />

      {!firstPageReady ? <View className='bj-card bj-muted'>正在读取手机上的记录…</View> : null}
      {firstPageReady && timeline.length === 0 ? (
        <View className='bj-card bj-timeline__empty'>
          {filter === 'all'
            ? '还没有记录。把聊天、转账、通话这些记录记下来，报案和找银行时都用得上。原始记录一条也别删。'
            : '这一类还没有记录。'}
        </View>
      ) : null}

      {(firstPageReady ? visible : []).map((item) => (
        <TimelineRow key={item.key} item={item} note={item.kind === 'note' ? notes[item.id] : undefined} onOpenNote={onOpenNote} />
      ))}

      {more ? (
        <View className='bj-timeline__more'>
          <TapButton id='timeline-more' tone='plain' onTap={() => setPages(pages + 1)}>
            {`再看 ${Math.min(TIMELINE_PAGE_SIZE, timeline.length - visible.length)} 条（还有 ${timeline.length - visible.length} 条）`}
          </TapButton>
        </View>
      ) : null}
    </View>
  )
}
