// An in-memory `wx` with WeChat's storage semantics, plus recorders for the APIs the app calls.
// Used by unit tests (through the Taro shim) and by the miniprogram-simulate checks on the built weapp.
//  - getStorageSync returns '' for a missing key; async getStorage fails with "data not found"
//  - values are stored as JSON; one key holds at most `perKeyLimit` bytes, all keys `totalLimit`
//  - a write over either limit fails and leaves the old value in place
//  - faults per key: `__fault('setStorage', 'bj.reminders', { times: 1 })` fails the next write of that
//    key ('bj.evidence.note.*' matches a prefix); `{ hang: true }` never answers at all
//  - `__delay(ms)` answers every async storage call that much later, in the order they were made

const KB = 1024

function byteLength(value) {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8')
}

function createFakeWx({ perKeyLimit = 1024 * KB, totalLimit = 10 * 1024 * KB } = {}) {
  const store = new Map()
  const calls = []
  let failNextWrite = null
  let delayMs = 0
  /** Per-key faults: { api, match, times, message, hang }. */
  const faults = []

  /** The fault that applies to this call, used up once; undefined when the call should work. */
  function faultFor(api, key) {
    const rule = faults.find(
      (candidate) =>
        candidate.api === api &&
        candidate.times > 0 &&
        (candidate.match.endsWith('*') ? key.startsWith(candidate.match.slice(0, -1)) : key === candidate.match),
    )
    if (!rule) return undefined
    rule.times -= 1
    return rule
  }

  /** Runs an async storage call now, or `delayMs` later; a hanging fault never answers. */
  function answer(api, options, run) {
    const rule = faultFor(api, options.key)
    if (rule?.hang) return
    const go = () => (rule ? callback(options, rule.message ?? `${api}:fail injected fault`) : run())
    if (delayMs > 0) setTimeout(go, delayMs)
    else go()
  }

  const totalBytes = () => [...store.entries()].reduce((sum, [key, raw]) => sum + key.length + raw.length, 0)

  function callback(options, error, result) {
    if (error) {
      options.fail?.({ errMsg: error })
      options.complete?.({ errMsg: error })
    } else {
      const res = { errMsg: 'ok', ...result }
      options.success?.(res)
      options.complete?.(res)
    }
  }

  function write(key, data) {
    if (failNextWrite) {
      const message = failNextWrite
      failNextWrite = null
      return message
    }
    const raw = JSON.stringify(data)
    const size = byteLength(data)
    if (size > perKeyLimit) return 'setStorage:fail exceed storage item max length'
    const previous = store.get(key)
    const projected = totalBytes() - (previous ? key.length + previous.length : 0) + key.length + raw.length
    if (projected > totalLimit) return 'setStorage:fail exceed storage max size 10Mb'
    store.set(key, raw)
    return null
  }

  const wx = {
    __calls: calls,
    __store: store,
    /** Makes the next write fail with this WeChat error message. */
    __failNextWrite(message) {
      failNextWrite = message
    },
    /** Fails (or, with `hang`, never answers) the next `times` calls of `api` for a key or a 'prefix*'. */
    __fault(api, match, { times = 1, message, hang = false } = {}) {
      faults.push({ api, match, times, message, hang })
    },
    /** Answers every async storage call `ms` later. */
    __delay(ms) {
      delayMs = ms
    },
    /** Puts a raw string straight into storage, as a corrupt or foreign record would be. */
    __putRaw(key, raw) {
      store.set(key, raw)
    },
    getStorageSync(key) {
      return store.has(key) ? JSON.parse(store.get(key)) : ''
    },
    setStorageSync(key, data) {
      const error = write(key, data)
      if (error) throw new Error(error.replace('setStorage', 'setStorageSync'))
    },
    removeStorageSync(key) {
      store.delete(key)
    },
    getStorage(options) {
      calls.push({ api: 'getStorage', options })
      answer('getStorage', options, () => {
        if (!store.has(options.key)) return callback(options, 'getStorage:fail data not found')
        let data
        try {
          data = JSON.parse(store.get(options.key))
        } catch {
          data = store.get(options.key)
        }
        callback(options, null, { data })
      })
    },
    setStorage(options) {
      calls.push({ api: 'setStorage', options })
      answer('setStorage', options, () => callback(options, write(options.key, options.data)))
    },
    removeStorage(options) {
      calls.push({ api: 'removeStorage', options })
      answer('removeStorage', options, () => {
        store.delete(options.key)
        callback(options, null)
      })
    },
    getStorageInfo(options) {
      callback(options, null, { keys: [...store.keys()], currentSize: Math.ceil(totalBytes() / KB), limitSize: totalLimit / KB })
    },
    getStorageInfoSync() {
      return { keys: [...store.keys()], currentSize: Math.ceil(totalBytes() / KB), limitSize: totalLimit / KB }
    },
  }

  // Recorders: the call is kept, and succeeds unless a test sets `wx.__fail[api]`.
  wx.__fail = {}
  for (const api of [
    'makePhoneCall',
    'setClipboardData',
    'showToast',
    'showModal',
    'addPhoneCalendar',
    'addPhoneRepeatCalendar',
    'navigateTo',
    'redirectTo',
    'switchTab',
    'pageScrollTo',
  ]) {
    wx[api] = (options = {}) => {
      calls.push({ api, options })
      const failure = wx.__fail[api]
      const result = api === 'showModal' ? { confirm: false, cancel: true } : {}
      callback(options, failure || null, result)
    }
  }
  return wx
}

/** Wraps the callback-style fake in the promise style Taro exposes. */
function promisified(wx, api) {
  return (options = {}) =>
    new Promise((resolve, reject) => {
      wx[api]({ ...options, success: resolve, fail: reject })
    })
}

module.exports = { createFakeWx, promisified }
