// Relative, not '@/': Taro reads this file at build time, outside webpack's aliases.
import { COLORS } from './lib/colors'

// Pages not on the tab bar live in subpackages, so the main package stays small and home opens fast.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/evidence/index', 'pages/reminders/index', 'pages/more/index'],
  subPackages: [
    {
      root: 'case',
      pages: [
        'pages/emergency/index',
        'pages/evidence-edit/index',
        'pages/report/index',
        'pages/reminder-edit/index',
        'pages/follow-ups/index',
        'pages/plan/index',
        'pages/letter/index',
      ],
    },
    {
      root: 'info',
      pages: ['pages/hotlines/index', 'pages/about/index', 'pages/settings/index', 'pages/law/index', 'pages/support/index'],
    },
    // The warning card, including the page a recipient opens from a chat or Moments.
    { root: 'share', pages: ['pages/card/index', 'pages/view/index'] },
    // The message checker, with its signal data: a page of its own, so a shared card can link to it.
    { root: 'check', pages: ['pages/checker/index'] },
  ],
  // The emergency screen is one tap from home: fetch its package while home is showing.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['case'] },
    // The suggested follow-ups and the reminder editor are one tap from the 提醒 tab.
    'pages/reminders/index': { network: 'all', packages: ['case'] },
  },
  window: {
    navigationBarBackgroundColor: COLORS.danger,
    navigationBarTitleText: '被骗急救',
    navigationBarTextStyle: 'white',
    backgroundColor: COLORS.bg,
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: COLORS.textSecondary,
    selectedColor: COLORS.danger,
    backgroundColor: COLORS.card,
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/evidence/index',
        text: '证据',
        iconPath: 'assets/tabbar/evidence.png',
        selectedIconPath: 'assets/tabbar/evidence-active.png',
      },
      {
        pagePath: 'pages/reminders/index',
        text: '提醒',
        iconPath: 'assets/tabbar/reminders.png',
        selectedIconPath: 'assets/tabbar/reminders-active.png',
      },
      {
        pagePath: 'pages/more/index',
        text: '更多',
        iconPath: 'assets/tabbar/more.png',
        selectedIconPath: 'assets/tabbar/more-active.png',
      },
    ],
  },
  // H5 only: no slide-in between pages. Taro's H5 router hides the previous page on a timer after
  // the animation (@tarojs/router's page.ts hide(), since NervJS/taro#15659); a back within that time
  // (about 300 ms) let the timer hide the page it returned to, leaving a blank tab page: the blank
  // previous page of NervJS/taro#15093, still open. Without the animation there is no timer.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  // No __usePrivacyCheck__: since 17 October 2023 WeChat checks privacy for every mini-program and
  // ignores that switch. Protected APIs (clipboard, calendar, photos) wait for our own consent sheet
  // (platform/privacy.ts, through onNeedPrivacyAuthorization).
  lazyCodeLoading: 'requiredComponents',
  // Which pages WeChat search may index: home (110, 96110), the checker, the page a warning card opens,
  // the official numbers, the law library and the support page; none that shows what the user recorded.
  sitemapLocation: 'sitemap.json',
})
