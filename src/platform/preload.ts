/**
 * Fetches a page's code before it is opened (H5: preload.h5.ts). WeChat does this itself for the
 * emergency screen's subpackage, from app.config's preloadRule.
 */
export function preloadPage(_route: string): void {
  // Nothing to do in WeChat.
}
