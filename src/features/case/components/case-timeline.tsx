import { useEffect, useMemo, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { useCallLog } from '@/features/calls'
import { tickedSteps, useEmergency } from '@/features/emergency'
import { loadEvidence, loadNotes, useEvidence } from '@/features/evidence'
import { completedFollowUps, useReminders } from '@/features/reminders'
import { buildTimeline, TIMELINE_PAGE_SIZE, type TimelineFilter } from '../timeline'
import { TimelineFilters } from './timeline-filters'
import { TimelineRow } from './timeline-row'
import './case-timeline.scss'

interface CaseTimelineProps {
  onAdd: () => void
  onOpenNote: (id: string) => void
  onBuildReport: () => void
}

/** Reads the index and the first page's notes together, so the first screen appears complete at once. */
function useFirstPageLoaded(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    void loadEvidence()
      .then(() =>
        loadNotes(
          useEvidence
            .getState()
            .entries.slice(0, TIMELINE_PAGE_SIZE)
            .map(([id]) => id),
        ),
      )
      .then(() => setReady(true))
  }, [])
  return ready
}

/** How many notes there are, and the tab's two actions. */
function TimelineSummary({ count, onAdd, onBuildReport }: { count: number; onAdd: () => void; onBuildReport: () => void }) {
  return (
    <View className='bj-timeline__summary'>
      <View className='bj-timeline__count'>已记录证据 {count} 条</View>
      <View className='bj-timeline__actions'>
        <TapButton id='evidence-add' tone='primary' className='bj-timeline__action' onTap={onAdd}>
          添加证据
        </TapButton>
        <TapButton id='evidence-report' tone='plain' className='bj-timeline__action' onTap={onBuildReport}>
          生成报案材料
        </TapButton>
      </View>
    </View>
  )
}

/** The 证据 tab: the case as one timeline of notes, calls, ticked steps and follow-ups, newest first, a page at a time. */
export function CaseTimeline({ onAdd, onOpenNote, onBuildReport }: CaseTimelineProps) {
  const { entries, notes } = useEvidence()
  const calls = useCallLog((state) => state.calls)
  const sessions = useEmergency((state) => state.sessions)
  const reminders = useReminders((state) => state.reminders)
  const [filter, setFilter] = useState<TimelineFilter>('all')
  const [pages, setPages] = useState(1)

  const firstPageReady = useFirstPageLoaded()

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
      <TimelineSummary count={entries.length} onAdd={onAdd} onBuildReport={onBuildReport} />

      <TimelineFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next)
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
