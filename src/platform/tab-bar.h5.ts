/**
 * Larger tab bar labels in 大字模式. Taro's H5 tab bar lives outside the pages, so a class on the
 * document's body reaches it (app.scss sizes the labels under it).
 */
export function setTabBarLargeText(large: boolean): void {
  document.body.classList.toggle('bj-large-tab-bar', large)
}
