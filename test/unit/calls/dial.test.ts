import { dial } from '@/features/calls/dial'
import { useCallLog } from '@/features/calls/store'
import { makePhoneCall } from '@/platform/phone'
import { copyText } from '@/platform/clipboard'
import { confirm, tell } from '@/platform/feedback'

jest.mock('@/platform/phone')
jest.mock('@/platform/clipboard')
jest.mock('@/platform/feedback')

const mockedCall = jest.mocked(makePhoneCall)
const mockedCopy = jest.mocked(copyText)
const mockedConfirm = jest.mocked(confirm)
const AT = Date.UTC(2026, 10, 22, 6, 0, 0)

beforeEach(() => {
  useCallLog.setState({ calls: [] })
  jest.clearAllMocks()
})

describe('dial', () => {
  it('dials and logs once on a double tap', async () => {
    let answer: (value: { ok: true; value: undefined }) => void = () => undefined
    mockedCall.mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const first = dial({ number: '110', label: '报警电话' }, () => AT)
    const second = dial({ number: '110', label: '报警电话' }, () => AT)
    answer({ ok: true, value: undefined })
    await Promise.all([first, second])
    expect(mockedCall).toHaveBeenCalledTimes(1)
    expect(useCallLog.getState().calls).toHaveLength(1)
  })

  it('dials and records the call', async () => {
    mockedCall.mockResolvedValue({ ok: true, value: undefined })
    await dial({ number: '96110', label: '反诈专线' }, () => AT)
    expect(mockedCall).toHaveBeenCalledWith('96110')
    expect(useCallLog.getState().calls).toEqual([
      expect.objectContaining({ at: AT, number: '96110', label: '反诈专线', outcome: 'dialled' }),
    ])
    expect(mockedConfirm).not.toHaveBeenCalled()
  })

  it('says the call did not go out when cancelled, and copies the number if asked', async () => {
    mockedCall.mockResolvedValue({ ok: false, reason: 'cancelled', message: 'makePhoneCall:fail cancel' })
    mockedConfirm.mockResolvedValue(true)
    mockedCopy.mockResolvedValue({ ok: true, value: undefined })
    await dial({ number: '4008300999', label: '四川航空', display: '4008-300-999' }, () => AT)
    expect(mockedConfirm).toHaveBeenCalledWith(expect.objectContaining({ title: '没有拨出', confirmText: '复制号码' }))
    expect(mockedCopy).toHaveBeenCalledWith('4008300999')
    expect(tell).toHaveBeenCalledWith('号码已复制', expect.stringContaining('4008-300-999'))
    expect(useCallLog.getState().calls[0].outcome).toBe('cancelled')
  })

  it('tells the user to write the number down when copying is refused too', async () => {
    mockedCall.mockResolvedValue({ ok: false, reason: 'failed', message: 'makePhoneCall:fail' })
    mockedConfirm.mockResolvedValue(true)
    mockedCopy.mockResolvedValue({ ok: false, reason: 'denied', message: 'privacy permission is not authorized' })
    await dial({ number: '110', label: '报警电话' }, () => AT)
    expect(mockedConfirm).toHaveBeenCalledWith(expect.objectContaining({ title: '没能打开拨号' }))
    expect(tell).toHaveBeenCalledWith('请记下这个号码', expect.stringContaining('110'))
    expect(useCallLog.getState().calls[0].outcome).toBe('failed')
  })
})
