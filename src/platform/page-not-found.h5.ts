/** The page path of a hash route: `#/pages/x/index?a=1` → `/pages/x/index`. */
function currentRoute(): string {
  return location.hash.replace(/^#/, '').split('?')[0]
}

/**
 * Sends an address that names no page (`#/pages/nonexistent/index`) to home, where 110 is one tap
 * away, instead of a blank page. Checked at start and on every change of the address.
 */
export function sendUnknownPagesHome(home: string, known: readonly string[]): void {
  const check = () => {
    const route = currentRoute()
    if (route === '' || route === '/' || known.includes(route)) return
    location.replace(`#${home}`)
  }
  check()
  window.addEventListener('hashchange', check)
}
