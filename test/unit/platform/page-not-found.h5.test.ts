// B6b (H5 side): an address that names no page goes home instead of a blank page.
import { sendUnknownPagesHome } from '@/platform/page-not-found'

it('B6b: replaces #/pages/nonexistent/index with home, at start and on a later change', () => {
  location.hash = '#/pages/nonexistent/index'
  sendUnknownPagesHome('/pages/index/index', ['/pages/index/index', '/case/pages/emergency/index'])
  expect(location.hash).toBe('#/pages/index/index')
  location.hash = '#/case/pages/emergency/index?variant=scammed'
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  expect(location.hash).toBe('#/case/pages/emergency/index?variant=scammed')
  location.hash = '#/../../etc/passwd'
  window.dispatchEvent(new HashChangeEvent('hashchange'))
  expect(location.hash).toBe('#/pages/index/index')
})
