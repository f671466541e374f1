/**
 * The H5 build of ./system (Taro picks `*.h5.ts` for H5 builds). The browser's own zoom already
 * scales text, and leaving out Taro's H5 system-info code keeps a user-agent parser out of the bundle.
 */
export function systemFontScale(): number {
  return 1
}

/** A text field: a browser's number field would silently drop 「¥」 and 「,」. */
export const AMOUNT_INPUT_TYPE: 'digit' | 'text' = 'text'

export const STORAGE_PLACE: string = '这个浏览器的本地存储'
