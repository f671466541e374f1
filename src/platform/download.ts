import { failure, type PlatformResult } from './result'

/** Saves a text file through a download. Mini-programs have no downloads; the browser's is download.h5.ts. */
export function downloadTextFile(_fileName: string, _text: string, _mimeType: string): PlatformResult {
  return failure('unsupported', 'downloads exist only in the browser')
}
