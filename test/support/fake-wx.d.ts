type Callback = (result: Record<string, unknown>) => void

export interface FakeWx {
  __calls: { api: string; options: Record<string, unknown> }[]
  __store: Map<string, string>
  __fail: Record<string, string | undefined>
  __failNextWrite(message: string): void
  __putRaw(key: string, raw: string): void
  __fault(
    api: 'getStorage' | 'setStorage' | 'removeStorage',
    match: string,
    options?: { times?: number; message?: string; hang?: boolean },
  ): void
  __delay(ms: number): void
  getStorageSync(key: string): unknown
  setStorageSync(key: string, data: unknown): void
  removeStorageSync(key: string): void
  [api: string]: unknown
}

export function createFakeWx(limits?: { perKeyLimit?: number; totalLimit?: number }): FakeWx
export function promisified(wx: FakeWx, api: string): (options?: Record<string, unknown> & { success?: Callback }) => Promise<unknown>
