/** A route as Taro's H5 router keeps it: its path, and a function that imports the page. */
interface RouterRoute {
  path: string
  load: () => unknown
}

/**
 * Fetches and runs a page's code while the current page is showing, so the tap that opens it does
 * not wait for the download (H5). Uses the routes Taro's H5 entry puts on `window.__taroAppConfig`;
 * if they are not there, the page simply loads when opened, as before.
 */
export function preloadPage(route: string): void {
  const routes = (window as { __taroAppConfig?: { routes?: RouterRoute[] } }).__taroAppConfig?.routes
  const found = routes?.find((candidate) => candidate.path === route.replace(/^\//, ''))
  if (!found) return
  try {
    const [page] = found.load() as [Promise<unknown>]
    Promise.resolve(page).catch(() => undefined)
  } catch {
    // The tap will load it.
  }
}
