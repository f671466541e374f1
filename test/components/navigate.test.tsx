// Opening a page when WeChat already has its 10 pages open: the page replaces the current one
// (redirectTo) rather than failing with only a toast, so the user still gets where they tapped.
import { navigate } from '@/services/navigate'
import { openPage, openTab, pageStackFull, replacePage } from '@/platform/navigation'
import { showToast } from '@/platform/feedback'
import { ROUTES } from '@/lib/routes'

jest.mock('@/platform/navigation', () => ({
  openPage: jest.fn(async () => ({ ok: true })),
  openTab: jest.fn(async () => ({ ok: true })),
  replacePage: jest.fn(async () => ({ ok: true })),
  pageStackFull: jest.fn(() => false),
}))
jest.mock('@/platform/feedback', () => ({ showToast: jest.fn() }))

describe('navigate', () => {
  it('opens a page on top while there is room', async () => {
    await navigate(ROUTES.hotlines, { group: 'bank' })
    expect(openPage).toHaveBeenCalledWith(ROUTES.hotlines, { group: 'bank' })
    expect(replacePage).not.toHaveBeenCalled()
  })

  it('replaces the current page when 10 are open, and says nothing', async () => {
    jest.mocked(pageStackFull).mockReturnValue(true)
    await navigate(ROUTES.emergency, { variant: 'scammed' })
    expect(replacePage).toHaveBeenCalledWith(ROUTES.emergency, { variant: 'scammed' })
    expect(openPage).not.toHaveBeenCalled()
    expect(showToast).not.toHaveBeenCalled()
  })

  it('switches tabs whatever the stack', async () => {
    jest.mocked(pageStackFull).mockReturnValue(true)
    await navigate(ROUTES.evidence)
    expect(openTab).toHaveBeenCalled()
  })

  it('says so when the page still does not open', async () => {
    jest.mocked(openPage).mockResolvedValueOnce({ ok: false, reason: 'failed', message: 'x' } as never)
    jest.mocked(pageStackFull).mockReturnValue(false)
    await navigate(ROUTES.hotlines)
    expect(showToast).toHaveBeenCalledWith(expect.stringContaining('110'))
  })
})
