import { clickDownload } from './browser-download'
import { attempt, failure, type PlatformResult } from './result'

/** The browser version of ./images: the card is downloaded as a PNG, and shared through the Web Share API where present. */
export async function saveImage(image: string, fileName: string): Promise<PlatformResult> {
  return clickDownload(image, fileName)
}

export async function showShareImageMenu(_path: string): Promise<PlatformResult> {
  return failure('unsupported', 'no share image menu in the browser')
}

export const SHARE_KIND: 'wechat' | 'browser' = 'browser'

/** Whether this browser has the Web Share API, so the card page can offer 「分享」. */
export function canWebShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function'
}

/** Decodes a data: URL into a Blob, in memory: nothing is fetched. */
function dataUrlToBlob(dataUrl: string): Blob {
  const [header, body] = dataUrl.split(',')
  const mime = /data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream'
  const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0))
  return new Blob([bytes], { type: mime })
}

/** The browser's share sheet (Web Share API), with the image when the browser can share files. */
export async function webShare(title: string, text: string, imageDataUrl?: string): Promise<PlatformResult> {
  if (!canWebShare()) return failure('unsupported', 'no Web Share API')
  const data: ShareData = { title, text }
  if (imageDataUrl?.startsWith('data:')) {
    const file = new File([dataUrlToBlob(imageDataUrl)], 'fang-pian-ti-xing.png', { type: 'image/png' })
    if (navigator.canShare?.({ files: [file] })) data.files = [file]
  }
  return attempt(() => navigator.share(data))
}
