import { failure, success, type PlatformResult } from './result'

/** Starts a browser download of `href` as `fileName`. Used only by the browser files (*.h5.ts). */
export function clickDownload(href: string, fileName: string): PlatformResult {
  if (typeof document === 'undefined') return failure('unsupported', 'no document')
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  document.body.removeChild(link)
  return success()
}
