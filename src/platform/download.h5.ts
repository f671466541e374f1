import { failure, success, type PlatformResult } from './result'

/** Saves a text file through the browser's download, e.g. an .ics for a calendar app. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): PlatformResult {
  if (typeof document === 'undefined') return failure('unsupported', 'no document')
  try {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    document.body.removeChild(link)
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return success()
  } catch (error) {
    return failure('failed', String(error))
  }
}
