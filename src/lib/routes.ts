/**
 * Every page's path, in one place so features can link to a page without importing it.
 * app.config.ts lists the same pages; a unit test keeps the two in step.
 */
export const ROUTES = {
  home: '/pages/index/index',
  evidence: '/pages/evidence/index',
  reminders: '/pages/reminders/index',
  more: '/pages/more/index',
  emergency: '/case/pages/emergency/index',
  evidenceEdit: '/case/pages/evidence-edit/index',
  report: '/case/pages/report/index',
  reminderEdit: '/case/pages/reminder-edit/index',
  followUps: '/case/pages/follow-ups/index',
  plan: '/case/pages/plan/index',
  letter: '/case/pages/letter/index',
  hotlines: '/info/pages/hotlines/index',
  about: '/info/pages/about/index',
  settings: '/info/pages/settings/index',
  law: '/info/pages/law/index',
  support: '/info/pages/support/index',
  warningCard: '/share/pages/card/index',
  warningView: '/share/pages/view/index',
  checker: '/check/pages/checker/index',
} as const

export type RouteName = keyof typeof ROUTES

/** Pages on the tab bar: these are switched to, never pushed. */
export const TAB_ROUTES: string[] = [ROUTES.home, ROUTES.evidence, ROUTES.reminders, ROUTES.more]
