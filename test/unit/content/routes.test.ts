import { ROUTES } from '@/lib/routes'

describe('routes', () => {
  it('names exactly the pages the app config registers', () => {
    const globals = globalThis as unknown as { defineAppConfig: <T>(config: T) => T }
    globals.defineAppConfig = (config) => config
    const config = require('@/app.config').default as {
      pages: string[]
      subPackages: { root: string; pages: string[] }[]
      tabBar: { list: { pagePath: string }[] }
    }
    const registered = [
      ...config.pages,
      ...config.subPackages.flatMap((subPackage) => subPackage.pages.map((page) => `${subPackage.root}/${page}`)),
    ].map((page) => `/${page}`)
    expect(Object.values(ROUTES).sort()).toEqual(registered.sort())
    expect(config.tabBar.list.map((tab) => `/${tab.pagePath}`)).toEqual([ROUTES.home, ROUTES.evidence, ROUTES.reminders, ROUTES.more])
  })
})
