import { buildTimeline } from '@/features/case/timeline'
import type { CallRecord } from '@/features/calls/model'
import type { TickedStep } from '@/features/emergency/model'
import { MINUTE, T0 } from '../evidence/fixtures'

const calls: CallRecord[] = [{ id: 'c1', at: T0 + 2 * MINUTE, number: '96110', label: '反诈专线', outcome: 'dialled' }]
const steps: TickedStep[] = [{ variant: 'scammed', stepId: 'call-police', title: '马上打 110 或 96110', at: T0 + 3 * MINUTE }]
const sources = {
  entries: [
    ['n2', T0 + MINUTE, 'chat'],
    ['n1', T0, 'transfer'],
  ] as [string, number, 'chat' | 'transfer'][],
  calls,
  steps,
  followUps: [{ id: 'r1', title: '问派出所是否已经立案', at: T0 + 4 * MINUTE }],
}

describe('case timeline', () => {
  it('mixes notes, calls and ticked steps, newest first', () => {
    expect(buildTimeline(sources).map((item) => item.key)).toEqual([
      `follow-up-r1-${T0 + 4 * MINUTE}`,
      'step-scammed-call-police',
      'call-c1',
      'note-n2',
      'note-n1',
    ])
  })

  it('filters by evidence type, calls or steps', () => {
    expect(buildTimeline(sources, 'transfer').map((item) => item.key)).toEqual(['note-n1'])
    expect(buildTimeline(sources, 'calls').map((item) => item.key)).toEqual(['call-c1'])
    expect(buildTimeline(sources, 'steps').map((item) => item.key)).toEqual(['step-scammed-call-police'])
    expect(buildTimeline(sources, 'follow-ups').map((item) => item.kind)).toEqual(['follow-up'])
    expect(buildTimeline(sources, 'email')).toEqual([])
  })
})
