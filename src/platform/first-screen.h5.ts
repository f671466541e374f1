/**
 * Removes the static first screen that src/index.html draws before the app has loaded, once the app
 * has drawn a page under it. The app's home sits exactly beneath it, so nothing moves; where the
 * user had scrolled is carried over to the page.
 */
export function dropStaticFirstScreen(): void {
  const first = document.getElementById('bj-first')
  if (!first) return
  const scrolled = first.scrollTop
  const page = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find(
    (candidate) => candidate.getBoundingClientRect().height > 0,
  )
  if (page && scrolled > 0) page.scrollTop = scrolled
  first.remove()
}
