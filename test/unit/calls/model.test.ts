import { appendCall, type CallRecord } from '@/features/calls/model'

const call = (at: number, number = '96110'): CallRecord => ({ id: `c${at}`, at, number, label: '反诈专线', outcome: 'dialled' })

describe('call log', () => {
  it('keeps every call with its time, number and who it was to', () => {
    const log = appendCall(appendCall([], call(1, '110')), call(2))
    expect(log).toEqual([call(1, '110'), call(2)])
  })

  it('drops the oldest calls past the limit', () => {
    let log: CallRecord[] = []
    for (let at = 1; at <= 5; at += 1) log = appendCall(log, call(at), 3)
    expect(log.map((entry) => entry.at)).toEqual([3, 4, 5])
  })
})
