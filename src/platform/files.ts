import Taro from '@tarojs/taro'
import { attemptValue, success, type PlatformResult } from './result'

/**
 * Photos for evidence. WeChat's temp paths do not survive a restart, so each chosen photo is
 * copied into the mini-program's own user-data folder. H5 has no such folder: photos are
 * offered only in the WeChat version, and the screens say so.
 */
export const photosSupported: boolean = true

const PHOTO_DIR = 'evidence-photos'

function photoDir(): string {
  return `${Taro.env.USER_DATA_PATH}/${PHOTO_DIR}`
}

/** Lets the user pick up to `count` photos from the album or camera. Resolves to temp paths. */
export function choosePhotos(count: number): Promise<PlatformResult<string[]>> {
  return attemptValue(async () => {
    const result = await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })
    return result.tempFiles.map((file) => file.tempFilePath)
  })
}

function ensurePhotoDir(): void {
  const fs = Taro.getFileSystemManager()
  try {
    fs.accessSync(photoDir())
  } catch {
    fs.mkdirSync(photoDir(), true)
  }
}

/** Whether a path is already in the app's own folder (kept), rather than a temp path from the picker. */
export function isKeptPhoto(path: string): boolean {
  return path.startsWith(`${photoDir()}/`)
}

/** Copies a chosen photo into the app's own folder under a stable name. Resolves to the kept path. */
export async function keepPhoto(tempPath: string, name: string): Promise<PlatformResult<string>> {
  if (isKeptPhoto(tempPath)) return success(tempPath)
  return attemptValue(() => {
    ensurePhotoDir()
    const extension = /\.(jpe?g|png|gif|webp|heic)$/i.exec(tempPath)?.[0] ?? '.jpg'
    const filePath = `${photoDir()}/${name}${extension}`
    Taro.getFileSystemManager().copyFileSync(tempPath, filePath)
    return filePath
  })
}

/** Whether a kept photo's file is still there (the user may have cleared WeChat's files). */
export function photoExists(path: string): boolean {
  try {
    Taro.getFileSystemManager().accessSync(path)
    return true
  } catch {
    return false
  }
}

export function removePhoto(path: string): void {
  try {
    Taro.getFileSystemManager().unlinkSync(path)
  } catch {
    // Already gone: nothing to do.
  }
}

/** Removes every kept photo, for 「删除全部数据」. */
export function removeAllPhotos(): void {
  try {
    Taro.getFileSystemManager().rmdirSync(photoDir(), true)
  } catch {
    // No folder yet: nothing to do.
  }
}

/** Opens photos full screen. */
export function previewPhotos(paths: string[], current: string): void {
  Taro.previewImage({ urls: paths, current }).catch(() => undefined)
}
