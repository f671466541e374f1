import { ROUTES } from '@/lib/routes'

/**
 * The pages worth fetching early, each with the same import() Taro's H5 router makes for it, so
 * webpack gives both one chunk and the router finds it already loaded. Taro offers no public way to
 * reach its routes (Taro.preload only hands data to the next page), so the app keeps this map itself.
 */
const PAGE_LOADERS: Partial<Record<string, () => Promise<unknown>>> = {
  [ROUTES.emergency]: () => import('../case/pages/emergency/index'),
}

/**
 * Fetches and runs a page's code while the current page is showing, so the tap that opens it does
 * not wait for the download (H5). A page not in the map, or a failed fetch, simply loads when opened.
 */
export function preloadPage(route: string): void {
  const load = PAGE_LOADERS[route]
  if (!load) return
  load().catch(() => undefined)
}
