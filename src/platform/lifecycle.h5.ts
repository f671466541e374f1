/**
 * Calls back when the page is hidden or left (a reload, a closed tab, a switch to another app):
 * the last moment a pending write can still be made, synchronously.
 */
export function onAppHide(listener: () => void): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') listener()
  }
  window.addEventListener('pagehide', listener)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    window.removeEventListener('pagehide', listener)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}
