import Taro from '@tarojs/taro'
import { attempt, failure, type PlatformResult } from './result'

/** Saves an image into the phone's album. A refused album permission comes back as `denied`. */
export async function saveImage(image: string, _fileName: string): Promise<PlatformResult> {
  return attempt(() => Taro.saveImageToPhotosAlbum({ filePath: image }))
}

/** WeChat's own menu for an image: send to a chat, save, or favourite. Base library 2.14.3 and later. */
export async function showShareImageMenu(path: string): Promise<PlatformResult> {
  if (typeof Taro.showShareImageMenu !== 'function') return failure('unsupported', 'no share image menu')
  return attempt(() => Taro.showShareImageMenu({ path }))
}

/** How the card is passed on here: WeChat's own share button, album and image menu (the browser's are in images.h5.ts). */
export const SHARE_KIND: 'wechat' | 'browser' = 'wechat'

/** The browser's share sheet does not exist inside WeChat. */
export function canWebShare(): boolean {
  return false
}

export async function webShare(_title: string, _text: string, _imageDataUrl?: string): Promise<PlatformResult> {
  return failure('unsupported', 'no Web Share API in WeChat')
}
