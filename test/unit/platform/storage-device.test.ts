// The storage meter on WeChat: getStorageInfo says 10 MB, but encrypted storage (all case data)
// fails at about 7.1 MB. Divided by 10 MB, the 80% warning would come only after saves fail.
import Taro from '@tarojs/taro'
import { device } from '@/platform/storage-device'
import { quotaLevel } from '@/lib/quota'

function reportStorage(currentSize: number, limitSize = 10240) {
  jest.spyOn(Taro, 'getStorageInfoSync').mockReturnValue({ keys: ['bj.evidence.index'], currentSize, limitSize } as never)
}

describe('WeChat storage usage', () => {
  it('measures against what encrypted storage holds, not the 10 MB WeChat reports', () => {
    reportStorage(5000)
    const usage = device.usage()
    expect(usage.ok && usage.value.limitKb).toBe(Math.floor(7.1 * 1024))
  })

  it('warns at 80% of 7.1 MB, before a save can fail', () => {
    reportStorage(6000)
    const usage = device.usage()
    if (!usage.ok) throw new Error('no usage')
    // 6 MB is 59% of 10 MB, but 83% of what the encrypted storage holds.
    expect(quotaLevel(usage.value.usedKb, usage.value.limitKb).nearlyFull).toBe(true)
  })

  it('keeps a smaller limit WeChat reports', () => {
    reportStorage(100, 4096)
    const usage = device.usage()
    expect(usage.ok && usage.value.limitKb).toBe(4096)
  })
})
