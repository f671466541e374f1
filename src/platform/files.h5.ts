import { failure, type PlatformResult } from './result'

/**
 * The H5 build of ./files (Taro picks `*.h5.ts` for H5 builds). Browsers have no folder that
 * outlives a session for the mini-program to copy photos into, so photos are offered only in the
 * WeChat version and the screens say so. Keeping this file separate also keeps Taro's H5 image
 * viewer, and the carousel library it brings, out of every page.
 */
export const photosSupported: boolean = false

const UNSUPPORTED = 'photos are kept only in the WeChat version'

export async function choosePhotos(_count: number): Promise<PlatformResult<string[]>> {
  return failure('unsupported', UNSUPPORTED)
}

export function isKeptPhoto(_path: string): boolean {
  return false
}

export async function keepPhoto(_tempPath: string, _name: string): Promise<PlatformResult<string>> {
  return failure('unsupported', UNSUPPORTED)
}

export function photoExists(_path: string): boolean {
  return false
}

export function removePhoto(_path: string): void {}

export function removeAllPhotos(): void {}

export function previewPhotos(_paths: string[], _current: string): void {}
