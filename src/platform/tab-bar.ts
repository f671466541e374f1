/**
 * Larger tab bar labels in 大字模式 (H5: tab-bar.h5.ts). WeChat's own tab bar draws its labels at
 * the size the user chose in WeChat's settings; a mini-program cannot change it.
 */
export function setTabBarLargeText(_large: boolean): void {
  // WeChat's native tab bar follows WeChat's own font setting.
}
