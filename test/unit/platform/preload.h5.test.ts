// The H5 preloader fetches the emergency screen's code through the app's own import(), not
// through Taro's private window.__taroAppConfig.
import { ROUTES } from '@/lib/routes'
import { preloadPage } from '@/platform/preload.h5'

const mockPageLoaded = jest.fn()
jest.mock('@/case/pages/emergency/index', () => {
  mockPageLoaded()
  return { default: () => null }
})

describe('preloadPage in the browser', () => {
  it("loads the emergency screen's code before it is opened", async () => {
    preloadPage(ROUTES.emergency)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(mockPageLoaded).toHaveBeenCalledTimes(1)
  })

  it('does nothing for a page it does not preload', () => {
    expect(() => preloadPage(ROUTES.law)).not.toThrow()
  })
})
