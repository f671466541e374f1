import { deleteAllData } from '@/features/settings/data-actions'
import { exportCase as exportAllData } from '@/features/case'
import { useCallLog } from '@/features/calls/store'
import { useEmergency } from '@/features/emergency/store'
import { resetEvidence, useEvidence } from '@/features/evidence/store'
import { saveNote } from '@/features/evidence/note-writes'
import { usePlan } from '@/features/plan/store'
import { useReminders } from '@/features/reminders/store'

jest.mock('@/platform/files', () => ({ removeAllPhotos: jest.fn() }))

const T0 = Date.UTC(2026, 10, 22, 6)
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(async () => {
  localStorage.clear()
  resetEvidence()
  useEmergency.setState({ sessions: { scammed: { variant: 'scammed', startedAt: T0, done: {} } } })
  useCallLog.setState({ calls: [{ id: 'c', at: T0, number: '96110', label: '反诈专线', outcome: 'dialled' }] })
  useReminders.setState({
    reminders: [
      { id: 'r', target: 'bank', title: '回电', dueAt: T0, repeat: 'none', anchorDay: 22, note: '', createdAt: T0, updatedAt: T0 },
    ],
  })
  usePlan.setState({
    answers: { situation: 'id-leak', moneyLost: false, payments: [], codeGiven: false, remoteApp: false, sourceKnown: false },
    done: { 'keep-evidence': T0 },
    details: { ownerName: '王' },
  })
  await saveNote({ id: 'n1', type: 'chat', occurredAt: T0, text: '记录', party: {}, photos: [], createdAt: T0, updatedAt: T0 })
  await flush()
})

describe('data settings', () => {
  it('exports every kind of record the app keeps', async () => {
    const exported = JSON.parse(await exportAllData('1.0.0', T0))
    expect(Object.keys(exported)).toEqual([
      'app',
      'version',
      'exportedAt',
      'emergency',
      'calls',
      'evidence',
      'reminders',
      'calendarAddedAt',
      'plan',
      'familyContact',
      'drafts',
      'setAside',
      'backups',
      'keptReadOnly',
    ])
    expect(exported.evidence).toHaveLength(1)
    expect(exported.reminders).toHaveLength(1)
    expect(exported.plan.details).toEqual({ ownerName: '王' })
  })

  it('deletes every key and empties every store', async () => {
    expect(Object.keys(localStorage).filter((key) => key.startsWith('bj.')).length).toBeGreaterThan(3)
    await deleteAllData()
    await flush()
    expect(Object.keys(localStorage).filter((key) => key.startsWith('bj.'))).toEqual([])
    expect(useEvidence.getState().entries).toEqual([])
    expect(useReminders.getState().reminders).toEqual([])
    expect(usePlan.getState()).toMatchObject({ answers: undefined, done: {}, details: {} })
    expect(useCallLog.getState().calls).toEqual([])
    expect(useEmergency.getState().sessions).toEqual({})
  })
})
