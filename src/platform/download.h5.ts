import { clickDownload } from './browser-download'
import { failure, type PlatformResult } from './result'

/** Saves a text file through the browser's download, e.g. an .ics for a calendar app. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): PlatformResult {
  try {
    const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
    const downloaded = clickDownload(url, fileName)
    setTimeout(() => URL.revokeObjectURL(url), 1000)
    return downloaded
  } catch (error) {
    return failure('failed', String(error))
  }
}
