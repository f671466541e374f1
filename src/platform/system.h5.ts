/**
 * The H5 build of ./system (Taro picks `*.h5.ts` for H5 builds). The browser's own zoom already
 * scales text, and leaving out Taro's H5 system-info code keeps a user-agent parser out of the bundle.
 */
export function systemFontScale(): number {
  return 1
}
