import Taro from '@tarojs/taro'
import { isWeapp } from './env'
import { classifyError, failure, success, type PlatformResult } from './result'

/**
 * Saves an image for the user: into the phone's album on WeChat (a refused album permission comes
 * back as `denied`), or as a downloaded PNG in the browser.
 */
export async function saveImage(image: string, fileName: string): Promise<PlatformResult> {
  if (isWeapp) {
    try {
      await Taro.saveImageToPhotosAlbum({ filePath: image })
      return success()
    } catch (error) {
      return classifyError(error)
    }
  }
  if (typeof document === 'undefined') return failure('unsupported', 'no document')
  const link = document.createElement('a')
  link.href = image
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  document.body.removeChild(link)
  return success()
}

/** WeChat's own menu for an image: send to a chat, save, or favourite. Base library 2.14.3 and later. */
export async function showShareImageMenu(path: string): Promise<PlatformResult> {
  if (!isWeapp || typeof Taro.showShareImageMenu !== 'function') return failure('unsupported', 'no share image menu')
  try {
    await Taro.showShareImageMenu({ path })
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

/** The browser's share sheet (Web Share API), with the image when the browser can share files. */
/** Whether this browser has the Web Share API, so the card page can offer 「分享」. Never on WeChat. */
export function canWebShare(): boolean {
  return !isWeapp && typeof navigator !== 'undefined' && typeof navigator.share === 'function'
}

export async function webShare(title: string, text: string, imageDataUrl?: string): Promise<PlatformResult> {
  if (!canWebShare()) return failure('unsupported', 'no Web Share API')
  try {
    const data: ShareData = { title, text }
    if (imageDataUrl) {
      const blob = await (await fetchDataUrl(imageDataUrl)).blob()
      const file = new File([blob], 'fang-pian-ti-xing.png', { type: 'image/png' })
      if (navigator.canShare?.({ files: [file] })) data.files = [file]
    }
    await navigator.share(data)
    return success()
  } catch (error) {
    return classifyError(error)
  }
}

/** Reads a data: URL into a Response; data URLs never touch the network. */
function fetchDataUrl(dataUrl: string): Promise<Response> {
  if (!dataUrl.startsWith('data:')) return Promise.reject(new Error('only data: URLs are read here'))
  const [header, body] = dataUrl.split(',')
  const mime = /data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream'
  const bytes = Uint8Array.from(atob(body), (char) => char.charCodeAt(0))
  return Promise.resolve(new Response(new Blob([bytes], { type: mime })))
}
