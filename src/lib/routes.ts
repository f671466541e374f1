/**
 * Every page's path, in one place so features can link to a page without importing it.
 * app.config.ts lists the same pages; a unit test keeps the two in step.
 */
export const ROUTES = {
  home: '/pages/index/index',
  more: '/pages/more/index',
  emergency: '/case/pages/emergency/index',
  hotlines: '/info/pages/hotlines/index',
  about: '/info/pages/about/index',
} as const

export type RouteName = keyof typeof ROUTES
