/** The browser version of ./env: there is no Moments single-page mode outside WeChat. */
export function isSinglePageMode(): boolean {
  return false
}
