/**
 * What every platform call returns, so a caller can always show the user something clear.
 * - denied: the user refused a permission or the privacy consent
 * - unsupported: the API does not exist here (usually H5)
 * - cancelled: the user backed out of a system dialog
 * - quota: storage is full
 * - blocked: the app will not overwrite stored data it cannot safely read (from a newer version, or unread)
 * - failed: anything else, with the platform's message
 */
export type FailureReason = 'denied' | 'unsupported' | 'cancelled' | 'quota' | 'blocked' | 'failed'

export type PlatformResult<T = void> = { ok: true; value: T } | { ok: false; reason: FailureReason; message: string }

export function success(): PlatformResult<void>
export function success<T>(value: T): PlatformResult<T>
export function success<T>(value?: T): PlatformResult<T | undefined> {
  return { ok: true, value }
}

export function failure(reason: FailureReason, message: string): { ok: false; reason: FailureReason; message: string } {
  return { ok: false, reason, message }
}

function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error
  if (error && typeof error === 'object') {
    const record = error as { errMsg?: unknown; message?: unknown }
    if (typeof record.errMsg === 'string') return record.errMsg
    if (typeof record.message === 'string') return record.message
  }
  return String(error)
}

/** Maps WeChat's and the browser's error strings onto the reasons above. */
export function classifyError(error: unknown): { ok: false; reason: FailureReason; message: string } {
  const message = errorMessage(error)
  const lower = message.toLowerCase()
  if (/cancel/.test(lower)) return failure('cancelled', message)
  if (/auth den|auth deny|authorize no response|permission|privacy|notallowederror/.test(lower)) {
    return failure('denied', message)
  }
  if (/exceed|quota|storage limit|max size|no space/.test(lower)) return failure('quota', message)
  if (/not support|not implemented|is not a function|unsupported/.test(lower)) return failure('unsupported', message)
  return failure('failed', message)
}

/**
 * Runs a platform call and turns whatever it throws into a result the caller can show: the one
 * place that catches around Taro and wx calls. What the call returns is not kept; see attemptValue.
 */
export async function attempt(call: () => unknown): Promise<PlatformResult> {
  try {
    await call()
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

/** Like `attempt`, keeping what the call returns. */
export async function attemptValue<T>(call: () => Promise<T> | T): Promise<PlatformResult<T>> {
  try {
    return success(await call())
  } catch (error) {
    return classifyError(error)
  }
}
