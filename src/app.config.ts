// Pages not on the tab bar live in subpackages, so the main package stays small and home opens fast.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/evidence/index', 'pages/reminders/index', 'pages/more/index'],
  subPackages: [
    { root: 'case', pages: ['pages/emergency/index', 'pages/evidence-edit/index', 'pages/report/index', 'pages/reminder-edit/index', 'pages/follow-ups/index', 'pages/plan/index', 'pages/letter/index'] },
    { root: 'info', pages: ['pages/hotlines/index', 'pages/about/index', 'pages/settings/index', 'pages/law/index', 'pages/support/index'] },
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
    navigationBarBackgroundColor: '#c8201b',
    navigationBarTitleText: '被骗急救',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f4f6',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#c8201b',
    backgroundColor: '#ffffff',
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
  // the animation; a back within that time (about 300 ms) let the timer hide the page it returned
  // to, leaving a blank tab page. Without the animation there is no timer, and pages open at once.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  // Protected APIs (clipboard, calendar, photos) wait for our own consent sheet.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})
