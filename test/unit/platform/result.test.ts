import { classifyError } from '@/platform/result'

describe('classifyError', () => {
  it.each([
    [{ errMsg: 'makePhoneCall:fail cancel' }, 'cancelled'],
    [{ errMsg: 'setClipboardData:fail privacy permission is not authorized' }, 'denied'],
    [{ errMsg: 'addPhoneCalendar:fail auth deny' }, 'denied'],
    [{ errMsg: 'setStorage:fail exceed storage max size 10Mb' }, 'quota'],
    [new Error('QuotaExceededError: quota'), 'quota'],
    [{ errMsg: 'addPhoneCalendar:fail not support' }, 'unsupported'],
    ['something odd', 'failed'],
    [undefined, 'failed'],
  ])('reads %p as %s', (error, reason) => {
    expect(classifyError(error).reason).toBe(reason)
  })

  it('keeps the platform message for the record', () => {
    expect(classifyError({ errMsg: 'x:fail y' }).message).toBe('x:fail y')
  })
})
