/**
 * The H5 page draws a static first screen before the app loads (first-screen.h5.ts removes it).
 * WeChat has none: its own initial rendering cache does that job.
 */
export function dropStaticFirstScreen(): void {
  // Nothing to remove in WeChat.
}
