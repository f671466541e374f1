import { failure, success, type PlatformResult } from './result'

/** The old route, for browsers without the async clipboard or where it was refused. */
function copyWithTextarea(text: string): PlatformResult {
  if (typeof document === 'undefined') return failure('unsupported', 'no document')
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  document.body.removeChild(area)
  return copied ? success() : failure('failed', 'execCommand copy failed')
}

/** The browser version of ./clipboard: the async clipboard first, then the textarea route. */
export async function copyText(text: string): Promise<PlatformResult> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text)
      return success()
    } catch {
      // Falls through to the textarea route, which works without the clipboard permission.
    }
  }
  return copyWithTextarea(text)
}

/** The browser version of ./clipboard's readClipboard: the async clipboard, where the browser allows it. */
export async function readClipboard(): Promise<PlatformResult<string>> {
  if (typeof navigator === 'undefined' || !navigator.clipboard?.readText) return failure('unsupported', 'no clipboard read')
  try {
    return success(await navigator.clipboard.readText())
  } catch (error) {
    return failure('denied', String(error))
  }
}
