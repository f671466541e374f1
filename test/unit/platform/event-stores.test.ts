// The platform's event sources are zustand stores: a subscriber hears each change, and the state
// read afterwards is what a component would show.
import Taro from '@tarojs/taro'
import { dismissStorageProblems, reportStorageProblem, storageProblems } from '@/persistence/persisted-storage'
import { PRIVACY_AGREE_BUTTON_ID, installPrivacyHandler, privacyRequests } from '@/platform/privacy'
import { blockWrites, removeKey, writeBlockFor, writeBlocks } from '@/platform/storage'
import { createFakeWx, promisified } from '../../support/fake-wx'

afterEach(() => jest.restoreAllMocks())

describe('write blocks', () => {
  beforeEach(() => {
    const wx = createFakeWx({ perKeyLimit: 2048, totalLimit: 8192 })
    jest.spyOn(Taro, 'removeStorage').mockImplementation(promisified(wx, 'removeStorage') as never)
  })

  it('tells subscribers when a key is blocked, and when removing it lifts the block', async () => {
    const seen: (string | undefined)[] = []
    const unsubscribe = writeBlocks.subscribe(({ blocks }) => seen.push(blocks.get('bj.events')))
    blockWrites('bj.events', 'newer')
    expect(writeBlockFor('bj.events')).toBe('newer')
    await removeKey('bj.events')
    unsubscribe()
    expect(seen).toEqual(['newer', undefined])
    expect(writeBlockFor('bj.events')).toBeUndefined()
  })

  it('stays quiet when a key that was never blocked is removed', async () => {
    const listener = jest.fn()
    const unsubscribe = writeBlocks.subscribe(listener)
    await removeKey('bj.never-blocked')
    unsubscribe()
    expect(listener).not.toHaveBeenCalled()
  })
})

describe('storage problems', () => {
  it('keeps one problem per key and kind, the latest, until dismissed', () => {
    dismissStorageProblems()
    reportStorageProblem({ key: 'bj.calls', kind: 'write-failed', at: 1 })
    reportStorageProblem({ key: 'bj.calls', kind: 'write-failed', at: 2 })
    reportStorageProblem({ key: 'bj.plan', kind: 'corrupt', at: 3 })
    expect(storageProblems.getState().problems.map((p) => [p.key, p.at])).toEqual([
      ['bj.calls', 2],
      ['bj.plan', 3],
    ])
    dismissStorageProblems()
    expect(storageProblems.getState().problems).toEqual([])
  })
})

describe('the privacy request', () => {
  it('is pending while WeChat waits, and cleared once the person answers', () => {
    let handler: ((resolve: (answer: unknown) => void) => void) | undefined
    const answers: unknown[] = []
    jest.spyOn(Taro, 'onNeedPrivacyAuthorization').mockImplementation(((listener: typeof handler) => {
      handler = listener
    }) as never)
    installPrivacyHandler()
    expect(privacyRequests.getState().pending).toBeNull()
    handler?.((answer) => answers.push(answer))
    const pending = privacyRequests.getState().pending
    expect(pending?.agreeButtonId).toBe(PRIVACY_AGREE_BUTTON_ID)
    pending?.settle('agree')
    expect(privacyRequests.getState().pending).toBeNull()
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }])
  })
})
